package dev.lanes.spark;

import dev.lanes.kernel.Gemm;
import dev.lanes.kernel.Transpose;
import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * Netlib's {@link BLAS} with dgemm and sgemm on the Lanes kernel; every other routine, and the
 * GEMM calls that multiply nothing (alpha == 0 or k == 0), go to netlib's own Java
 * implementation ({@link JavaBLAS#getInstance()}).
 *
 * <p>Netlib is column-major, Lanes row-major. The column-major m x n matrix C with leading
 * dimension ldc is, read row by row, the row-major n x m matrix Cᵀ with the same leading
 * dimension, and likewise for A and B. So C ← α·op(A)·op(B) + β·C is computed as
 * Cᵀ ← α·op(B)ᵀ·op(A)ᵀ + β·Cᵀ: the row-major kernel gets B first and A second, each with its
 * own transpose flag, m and n swapped, and the same arrays, offsets and leading dimensions — no
 * copy. Arguments are checked as netlib checks them ({@link NetlibGemmChecks}).
 *
 * <p>Thread-safe; one shared instance ({@link #getInstance()}) is what the Spark plugin
 * installs. It counts the products it ran on Lanes, so that a user (or a test) can see it is
 * really in use.
 */
public final class LanesBLAS extends ForwardingBlasLevel3 {
  private static final LanesBLAS INSTANCE = new LanesBLAS(JavaBLAS.getInstance());

  private final LongAdder dgemmCalls = new LongAdder();
  private final LongAdder sgemmCalls = new LongAdder();

  /** A Lanes BLAS that sends every routine but GEMM to {@code javaBlas}. */
  LanesBLAS(BLAS javaBlas) {
    super(javaBlas);
  }

  /** The shared instance, with netlib's Java BLAS for the routines Lanes does not run. */
  public static LanesBLAS getInstance() {
    return INSTANCE;
  }

  /** The implementation that runs every routine other than dgemm and sgemm. */
  public BLAS javaBlas() {
    return javaBlas;
  }

  /** The number of dgemm calls that ran on Lanes so far. */
  public long dgemmCalls() {
    return dgemmCalls.sum();
  }

  /** The number of sgemm calls that ran on Lanes so far. */
  public long sgemmCalls() {
    return sgemmCalls.sum();
  }

  @Override
  public void dgemm(String transa, String transb, int m, int n, int k, double alpha, double[] a,
      int lda, double[] b, int ldb, double beta, double[] c, int ldc) {
    dgemm(transa, transb, m, n, k, alpha, a, 0, lda, b, 0, ldb, beta, c, 0, ldc);
  }

  @Override
  public void dgemm(String transa, String transb, int m, int n, int k, double alpha, double[] a,
      int offseta, int lda, double[] b, int offsetb, int ldb, double beta, double[] c,
      int offsetc, int ldc) {
    if (alpha == 0 || k == 0) {
      // No product to add, only C ← β·C: netlib's routine does it, with its own checks.
      javaBlas.dgemm(transa, transb, m, n, k, alpha, a, offseta, lda, b, offsetb, ldb, beta, c,
          offsetc, ldc);
      return;
    }
    if (!NetlibGemmChecks.hasWork(javaBlas, "DGEMM", transa, transb, m, n, k, lda, ldb, ldc)) {
      return;
    }
    NetlibGemmChecks.requireOperandsInside(javaBlas, transa, transb, m, n, k,
        Objects.requireNonNull(a).length, offseta, lda, Objects.requireNonNull(b).length,
        offsetb, ldb, Objects.requireNonNull(c).length, offsetc, ldc);
    // Cᵀ (n x m, row-major) ← α·op(B)ᵀ·op(A)ᵀ + β·Cᵀ
    Gemm.dgemm(transpose(transb), transpose(transa), n, m, k, alpha, b, offsetb, ldb, a,
        offseta, lda, beta, c, offsetc, ldc);
    dgemmCalls.increment();
  }

  @Override
  public void sgemm(String transa, String transb, int m, int n, int k, float alpha, float[] a,
      int lda, float[] b, int ldb, float beta, float[] c, int ldc) {
    sgemm(transa, transb, m, n, k, alpha, a, 0, lda, b, 0, ldb, beta, c, 0, ldc);
  }

  @Override
  public void sgemm(String transa, String transb, int m, int n, int k, float alpha, float[] a,
      int offseta, int lda, float[] b, int offsetb, int ldb, float beta, float[] c,
      int offsetc, int ldc) {
    if (alpha == 0 || k == 0) {
      // No product to add, only C ← β·C: netlib's routine does it, with its own checks.
      javaBlas.sgemm(transa, transb, m, n, k, alpha, a, offseta, lda, b, offsetb, ldb, beta, c,
          offsetc, ldc);
      return;
    }
    if (!NetlibGemmChecks.hasWork(javaBlas, "SGEMM", transa, transb, m, n, k, lda, ldb, ldc)) {
      return;
    }
    NetlibGemmChecks.requireOperandsInside(javaBlas, transa, transb, m, n, k,
        Objects.requireNonNull(a).length, offseta, lda, Objects.requireNonNull(b).length,
        offsetb, ldb, Objects.requireNonNull(c).length, offsetc, ldc);
    // Cᵀ (n x m, row-major) ← α·op(B)ᵀ·op(A)ᵀ + β·Cᵀ
    Gemm.sgemm(transpose(transb), transpose(transa), n, m, k, alpha, b, offsetb, ldb, a,
        offseta, lda, beta, c, offsetc, ldc);
    sgemmCalls.increment();
  }

  /** Netlib's flag ("N", "T" or "C", first letter, any case; already checked) as Lanes's. */
  private Transpose transpose(String trans) {
    return javaBlas.lsame("N", trans) ? Transpose.NO_TRANS : Transpose.TRANS;
  }
}
