package dev.lanes.spark;

import dev.lanes.kernel.Gemm;
import dev.lanes.kernel.Transpose;
import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.JavaBLAS;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;

/**
 * Netlib's {@link BLAS} with dgemm and sgemm on the Lanes kernel, and dgemv and daxpy too when
 * their increments are 1; every other routine, the GEMM calls that multiply nothing
 * (alpha == 0 or k == 0) and every call netlib would refuse go to netlib's own Java
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
  private final LongAdder dgemvCalls = new LongAdder();

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

  /** The number of dgemv calls that ran on Lanes so far. */
  public long dgemvCalls() {
    return dgemvCalls.sum();
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

  @Override
  public void dgemv(String trans, int m, int n, double alpha, double[] a, int lda, double[] x,
      int incx, double beta, double[] y, int incy) {
    if (incx == 1 && incy == 1) {
      dgemv(trans, m, n, alpha, a, 0, lda, x, 0, 1, beta, y, 0, 1);
    } else {
      javaBlas.dgemv(trans, m, n, alpha, a, lda, x, incx, beta, y, incy);
    }
  }

  /**
   * y ← α·op(A)·x + β·y as the one-column GEMM C ← α·op(A)·X + β·C with X = x and C = y, which
   * Lanes runs on its single-row kernel (a profile of MLlib's MLP showed netlib's dgemv at 4 %
   * of training). Only a call with unit increments, α ≠ 0 and every argument valid runs on
   * Lanes; everything else, including every call netlib refuses, goes to netlib unchanged, so
   * errors are netlib's own.
   */
  @Override
  public void dgemv(String trans, int m, int n, double alpha, double[] a, int offseta, int lda,
      double[] x, int offsetx, int incx, double beta, double[] y, int offsety, int incy) {
    boolean onLanes = incx == 1 && incy == 1 && alpha != 0 && m > 0 && n > 0 && lda >= m
        && a != null && x != null && y != null
        && (javaBlas.lsame("N", trans) || javaBlas.lsame("T", trans)
            || javaBlas.lsame("C", trans));
    boolean notTransposed = onLanes && javaBlas.lsame("N", trans);
    int yLength = notTransposed ? m : n;
    int xLength = notTransposed ? n : m;
    if (!onLanes || !isInside(offseta, (long) (n - 1) * lda + m, a.length)
        || !isInside(offsetx, xLength, x.length) || !isInside(offsety, yLength, y.length)) {
      javaBlas.dgemv(trans, m, n, alpha, a, offseta, lda, x, offsetx, incx, beta, y, offsety,
          incy);
      return;
    }
    // Cᵀ (1 x yLength, row-major) ← α·xᵀ·op(A)ᵀ + β·Cᵀ, as in dgemm
    Gemm.dgemm(Transpose.NO_TRANS, transpose(trans), 1, yLength, xLength, alpha, x, offsetx,
        xLength, a, offseta, lda, beta, y, offsety, yLength);
    dgemvCalls.increment();
  }

  @Override
  public void daxpy(int n, double alpha, double[] x, int incx, double[] y, int incy) {
    if (incx == 1 && incy == 1) {
      daxpy(n, alpha, x, 0, 1, y, 0, 1);
    } else {
      javaBlas.daxpy(n, alpha, x, incx, y, incy);
    }
  }

  /**
   * y ← α·x + y. With unit increments, α ≠ 0 (netlib then returns at once, so an infinite x
   * never turns y into NaN) and valid arguments, a loop that C2 vectorizes (the same
   * roundings as netlib's Java loops: a product, then a sum); netlib's VectorBLAS daxpy is
   * written on DoubleVector.SPECIES_MAX, which JDK 17's C2 leaves boxed here (a tenth of an
   * MLP's training time in a profile). Everything else goes to netlib unchanged.
   */
  @Override
  public void daxpy(int n, double alpha, double[] x, int offsetx, int incx, double[] y,
      int offsety, int incy) {
    if (n <= 0 || alpha == 0 || incx != 1 || incy != 1 || x == null || y == null
        || !isInside(offsetx, n, x.length) || !isInside(offsety, n, y.length)) {
      javaBlas.daxpy(n, alpha, x, offsetx, incx, y, offsety, incy);
      return;
    }
    for (int i = 0; i < n; i++) {
      y[offsety + i] += alpha * x[offsetx + i];
    }
  }

  /** Whether [offset, offset + extent) lies inside an array of {@code length} elements. */
  private static boolean isInside(int offset, long extent, int length) {
    return offset >= 0 && offset + extent <= length;
  }

  /** Netlib's flag ("N", "T" or "C", first letter, any case; already checked) as Lanes's. */
  private Transpose transpose(String trans) {
    return javaBlas.lsame("N", trans) ? Transpose.NO_TRANS : Transpose.TRANS;
  }
}
