package dev.lanes.bench;

import dev.lanes.kernel.Gemm;
import dev.lanes.kernel.Kernels;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The multi-threaded GEMMs side by side: Lanes and native OpenBLAS, with the same thread count,
 * C = op(A)·op(B) (alpha 1, beta 0). Time per product; GFLOP/s = 2mnk / time. Each peer's
 * product is checked against a double reference before it is timed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class GemmBenchmark {
  /** A square size or a dense-layer product, see {@link GemmShape}. */
  @Param({"64", "256", "1024", "2048", GemmShape.DENSE_FORWARD, GemmShape.DENSE_WEIGHT_GRADIENT,
      GemmShape.DENSE_BACKWARD})
  public String size;

  @Param({"float", "double"})
  public String precision;

  @Param({"1", "2"})
  public int threads;

  private GemmShape shape;
  private GemmOperands operands;
  private float[] cFloat;
  private double[] cDouble;
  private OpenBlasGemm openBlas;

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    shape = GemmShape.parse(size);
    operands = GemmOperands.random(shape, Precision.parse(precision), 42);
    cFloat = operands.aFloat == null ? null : new float[shape.m() * shape.n()];
    cDouble = operands.aDouble == null ? null : new double[shape.m() * shape.n()];
    if (params.getBenchmark().endsWith(".openblas")) {
      openBlas = new OpenBlasGemm(operands, threads);
      openblas();
      operands.verify("OpenBLAS", openBlas::c);
    } else {
      Kernels.setThreads(threads);
      lanes();
      // Until C2 has compiled the vector microkernel GEMM runs its scalar twin: wait for it so
      // the warm-up iterations warm what is measured.
      Kernels.awaitWarmup(Duration.ofMinutes(2));
      operands.verify("Lanes", this::lanesC);
    }
  }

  private double lanesC(int i, int j) {
    int index = i * shape.n() + j;
    return cFloat != null ? cFloat[index] : cDouble[index];
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    if (openBlas != null) {
      openBlas.close();
    }
  }

  @Benchmark
  public Object lanes() {
    if (cFloat != null) {
      Gemm.sgemm(shape.transA(), shape.transB(), shape.m(), shape.n(), shape.k(), 1f,
          operands.aFloat, 0, shape.lda(), operands.bFloat, 0, shape.ldb(), 0f, cFloat, 0,
          shape.n());
      return cFloat;
    }
    Gemm.dgemm(shape.transA(), shape.transB(), shape.m(), shape.n(), shape.k(), 1d,
        operands.aDouble, 0, shape.lda(), operands.bDouble, 0, shape.ldb(), 0d, cDouble, 0,
        shape.n());
    return cDouble;
  }

  @Benchmark
  public Object openblas() {
    if (cFloat != null) {
      openBlas.sgemm();
    } else {
      openBlas.dgemm();
    }
    return openBlas;
  }
}
