package dev.lanes.bench;

import dev.lanes.kernel.Gemm;
import dev.lanes.kernel.Transpose;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Square sgemm C ← A·B with Lanes; time per product (GFLOP/s = 2n³ / time). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class GemmBenchmark {
  @Param({"64", "256", "1024", "2048"})
  public int size;

  private float[] a;
  private float[] b;
  private float[] c;

  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    a = new float[size * size];
    b = new float[size * size];
    c = new float[size * size];
    for (int i = 0; i < a.length; i++) {
      a[i] = (float) random.nextDouble(-1, 1);
      b[i] = (float) random.nextDouble(-1, 1);
    }
  }

  @Benchmark
  public float[] lanes() {
    Gemm.sgemm(Transpose.NO_TRANS, Transpose.NO_TRANS, size, size, size, 1f, a, b, 0f, c);
    return c;
  }
}
