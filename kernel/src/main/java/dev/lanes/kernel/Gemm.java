package dev.lanes.kernel;

import dev.lanes.kernel.internal.DoubleGemmDriver;
import dev.lanes.kernel.internal.FloatGemmDriver;
import dev.lanes.kernel.internal.GemmChecks;
import java.util.Objects;

/**
 * General matrix multiply with row-major CBLAS semantics:
 * {@code C ← alpha·op(A)·op(B) + beta·C}.
 *
 * <p>C is m x n at {@code c[cOffset + i*ldc + j]}. op(A) is m x k: {@code a[aOffset + i*lda + p]}
 * for {@link Transpose#NO_TRANS}, {@code a[aOffset + p*lda + i]} for {@link Transpose#TRANS}
 * (A stored k x m); op(B) is k x n likewise. Leading dimensions must be at least the number of
 * columns of the matrix as stored (and at least 1).
 *
 * <ul>
 *   <li>m == 0 or n == 0: nothing happens after the argument checks.
 *   <li>alpha == 0 or k == 0: A and B are not read; C ← beta·C.
 *   <li>beta == 0: C is not read, so NaN or garbage in C never propagates.
 *   <li>Only the m x n block of C is written; A and B are never modified.
 *   <li>C must not overlap A or B (as in BLAS): C is written while A and B are still being
 *       read, so an in-place product such as X ← X·W gives undefined results.
 *   <li>Bad arguments throw {@link IllegalArgumentException} (negative size, leading dimension
 *       too small), {@link IndexOutOfBoundsException} (negative offset, array too short) or
 *       {@link NullPointerException}, naming the parameter and values, before anything is
 *       written.
 * </ul>
 * Large products run on the library's threads ({@link Kernels#setThreads(int)}); the result
 * is bitwise identical for every thread count. Thread-safe: any number of threads may call at
 * once on disjoint C.
 */
public final class Gemm {
  private Gemm() {}

  /** Single precision: {@code C ← alpha·op(A)·op(B) + beta·C}. */
  public static void sgemm(Transpose transA, Transpose transB, int m, int n, int k,
      float alpha, float[] a, int aOffset, int lda, float[] b, int bOffset, int ldb,
      float beta, float[] c, int cOffset, int ldc) {
    requireOperands(transA, transB, a, b, c);
    GemmChecks.check(transA, transB, m, n, k, a.length, aOffset, lda, b.length, bOffset, ldb,
        c.length, cOffset, ldc);
    FloatGemmDriver.selected().gemm(transA == Transpose.TRANS, transB == Transpose.TRANS, m, n,
        k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
  }

  /** Double precision: {@code C ← alpha·op(A)·op(B) + beta·C}. */
  public static void dgemm(Transpose transA, Transpose transB, int m, int n, int k,
      double alpha, double[] a, int aOffset, int lda, double[] b, int bOffset, int ldb,
      double beta, double[] c, int cOffset, int ldc) {
    requireOperands(transA, transB, a, b, c);
    GemmChecks.check(transA, transB, m, n, k, a.length, aOffset, lda, b.length, bOffset, ldb,
        c.length, cOffset, ldc);
    DoubleGemmDriver.selected().gemm(transA == Transpose.TRANS, transB == Transpose.TRANS, m, n,
        k, alpha, a, aOffset, lda, b, bOffset, ldb, beta, c, cOffset, ldc);
  }

  /**
   * Dense, unpadded operands at offset 0: {@code C ← alpha·op(A)·op(B) + beta·C} with the
   * leading dimensions implied by the shapes.
   */
  public static void sgemm(Transpose transA, Transpose transB, int m, int n, int k,
      float alpha, float[] a, float[] b, float beta, float[] c) {
    sgemm(transA, transB, m, n, k, alpha, a, 0, denseLd("transA", transA, m, k), b, 0,
        denseLd("transB", transB, k, n), beta, c, 0, Math.max(1, n));
  }

  /**
   * Dense, unpadded operands at offset 0: {@code C ← alpha·op(A)·op(B) + beta·C} with the
   * leading dimensions implied by the shapes.
   */
  public static void dgemm(Transpose transA, Transpose transB, int m, int n, int k,
      double alpha, double[] a, double[] b, double beta, double[] c) {
    dgemm(transA, transB, m, n, k, alpha, a, 0, denseLd("transA", transA, m, k), b, 0,
        denseLd("transB", transB, k, n), beta, c, 0, Math.max(1, n));
  }

  /** The leading dimension of a dense operand whose op() is rows x cols. */
  private static int denseLd(String name, Transpose trans, int rows, int cols) {
    Objects.requireNonNull(trans, () -> name + " must not be null");
    return Math.max(1, trans == Transpose.TRANS ? rows : cols);
  }

  private static void requireOperands(Transpose transA, Transpose transB, Object a, Object b,
      Object c) {
    Objects.requireNonNull(transA, "transA must not be null");
    Objects.requireNonNull(transB, "transB must not be null");
    Objects.requireNonNull(a, "a must not be null");
    Objects.requireNonNull(b, "b must not be null");
    Objects.requireNonNull(c, "c must not be null");
  }
}
