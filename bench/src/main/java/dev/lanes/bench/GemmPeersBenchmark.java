package dev.lanes.bench;

import dev.ludovic.netlib.blas.JavaBLAS;
import dev.lanes.kernel.Transpose;
import java.util.concurrent.TimeUnit;
import org.ejml.data.DMatrixRMaj;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.CommonOps_FDRM;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The single-threaded pure-Java peers on the products of {@link GemmBenchmark}: the plain triple
 * loop, EJML 0.46.1 (its row-major mult, multTransA, multTransB) and the pure-Java instance of
 * dev.ludovic.netlib:blas ({@code JavaBLAS.getInstance()}, column-major: the row-major product
 * C = op(A)·op(B) is the column-major Cᵀ = op(B)ᵀ·op(A)ᵀ on the same arrays). Each peer's
 * product is checked against a double reference before it is timed.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector"})
public class GemmPeersBenchmark {
  @Param({"64", "256", "1024", GemmShape.DENSE_FORWARD, GemmShape.DENSE_WEIGHT_GRADIENT,
      GemmShape.DENSE_BACKWARD})
  public String size;

  @Param({"float", "double"})
  public String precision;

  private GemmShape shape;
  private GemmOperands operands;
  private float[] cFloat;
  private double[] cDouble;
  private FMatrixRMaj ejmlAFloat;
  private FMatrixRMaj ejmlBFloat;
  private FMatrixRMaj ejmlCFloat;
  private DMatrixRMaj ejmlADouble;
  private DMatrixRMaj ejmlBDouble;
  private DMatrixRMaj ejmlCDouble;
  private final JavaBLAS netlib = JavaBLAS.getInstance();

  @Setup(Level.Trial)
  public void setUp(BenchmarkParams params) {
    shape = GemmShape.parse(size);
    operands = GemmOperands.random(shape, Precision.parse(precision), 42);
    cFloat = operands.aFloat == null ? null : new float[shape.m() * shape.n()];
    cDouble = operands.aDouble == null ? null : new double[shape.m() * shape.n()];
    if (cFloat != null) {
      ejmlAFloat = FMatrixRMaj.wrap(shape.aRows(), shape.lda(), operands.aFloat);
      ejmlBFloat = FMatrixRMaj.wrap(shape.bRows(), shape.ldb(), operands.bFloat);
      ejmlCFloat = FMatrixRMaj.wrap(shape.m(), shape.n(), cFloat);
    } else {
      ejmlADouble = DMatrixRMaj.wrap(shape.aRows(), shape.lda(), operands.aDouble);
      ejmlBDouble = DMatrixRMaj.wrap(shape.bRows(), shape.ldb(), operands.bDouble);
      ejmlCDouble = DMatrixRMaj.wrap(shape.m(), shape.n(), cDouble);
    }
    String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
    switch (method) {
      case "javaLoop":
        javaLoop();
        break;
      case "ejml":
        ejml();
        break;
      case "netlibJava":
        netlibJava();
        break;
      default:
        throw new IllegalStateException("no correctness check for benchmark " + method);
    }
    operands.verify(method, (i, j) -> cFloat != null ? cFloat[i * shape.n() + j]
        : cDouble[i * shape.n() + j]);
  }

  @Benchmark
  public Object javaLoop() {
    if (cFloat != null) {
      JavaLoopGemm.sgemm(shape, operands.aFloat, operands.bFloat, cFloat);
      return cFloat;
    }
    JavaLoopGemm.dgemm(shape, operands.aDouble, operands.bDouble, cDouble);
    return cDouble;
  }

  @Benchmark
  public Object ejml() {
    boolean transA = shape.transA() == Transpose.TRANS;
    boolean transB = shape.transB() == Transpose.TRANS;
    if (cFloat != null) {
      if (transA) {
        CommonOps_FDRM.multTransA(ejmlAFloat, ejmlBFloat, ejmlCFloat);
      } else if (transB) {
        CommonOps_FDRM.multTransB(ejmlAFloat, ejmlBFloat, ejmlCFloat);
      } else {
        CommonOps_FDRM.mult(ejmlAFloat, ejmlBFloat, ejmlCFloat);
      }
      return ejmlCFloat;
    }
    if (transA) {
      CommonOps_DDRM.multTransA(ejmlADouble, ejmlBDouble, ejmlCDouble);
    } else if (transB) {
      CommonOps_DDRM.multTransB(ejmlADouble, ejmlBDouble, ejmlCDouble);
    } else {
      CommonOps_DDRM.mult(ejmlADouble, ejmlBDouble, ejmlCDouble);
    }
    return ejmlCDouble;
  }

  @Benchmark
  public Object netlibJava() {
    String transA = shape.transA() == Transpose.TRANS ? "T" : "N";
    String transB = shape.transB() == Transpose.TRANS ? "T" : "N";
    // Column-major Cᵀ (n x m) = op(B)ᵀ (n x k) · op(A)ᵀ (k x m): the arrays are unchanged.
    if (cFloat != null) {
      netlib.sgemm(transB, transA, shape.n(), shape.m(), shape.k(), 1f, operands.bFloat,
          shape.ldb(), operands.aFloat, shape.lda(), 0f, cFloat, shape.n());
      return cFloat;
    }
    netlib.dgemm(transB, transA, shape.n(), shape.m(), shape.k(), 1d, operands.bDouble,
        shape.ldb(), operands.aDouble, shape.lda(), 0d, cDouble, shape.n());
    return cDouble;
  }
}
