package dev.lanes.spark;

import dev.ludovic.netlib.blas.BLAS;

/**
 * GEMM's argument checks exactly as netlib's Java BLAS makes them, so that a call the adapter
 * refuses is refused by netlib too, with the same exception and message: an
 * {@link IllegalArgumentException} "** On entry to 'DGEMM' parameter number 8 had an illegal
 * value" (the Fortran parameter number), a {@link NullPointerException} for a missing array, or
 * an {@link IndexOutOfBoundsException} "Index i out of bounds for length n" for the last element
 * of an operand. One deliberate difference: a negative offset is refused here, before anything
 * is written, where netlib would fail later inside its loops.
 *
 * <p>Column-major, as in netlib: op(A) is m x k, op(B) is k x n, C is m x n; A is stored m x k
 * for "N" and k x m for "T"/"C", with leading dimension lda = its number of stored rows or more.
 */
final class NetlibGemmChecks {
  /** Fortran's parameter numbers of ?GEMM(TRANSA, TRANSB, M, N, K, ALPHA, A, LDA, B, LDB, ...). */
  private static final int TRANSA = 1;
  private static final int TRANSB = 2;
  private static final int M = 3;
  private static final int N = 4;
  private static final int K = 5;
  private static final int LDA = 8;
  private static final int LDB = 10;
  private static final int LDC = 13;

  private NetlibGemmChecks() {}

  /**
   * Checks the flags, sizes and leading dimensions, and tells whether C has any element: when
   * it has none, netlib returns without touching (or null-checking) the arrays.
   *
   * @param lsame netlib's character comparison (first letter, case-insensitive), so that the
   *     accepted spellings of the flags are netlib's own
   */
  static boolean hasWork(BLAS lsame, String routine, String transa, String transb, int m,
      int n, int k, int lda, int ldb, int ldc) {
    requireArgument(routine, TRANSA, isTransposeFlag(lsame, transa));
    requireArgument(routine, TRANSB, isTransposeFlag(lsame, transb));
    requireArgument(routine, M, m >= 0);
    requireArgument(routine, N, n >= 0);
    requireArgument(routine, K, k >= 0);
    requireArgument(routine, LDA, lda >= Math.max(1, lsame.lsame("N", transa) ? m : k));
    requireArgument(routine, LDB, ldb >= Math.max(1, lsame.lsame("N", transb) ? k : n));
    requireArgument(routine, LDC, ldc >= Math.max(1, m));
    return m > 0 && n > 0;
  }

  /**
   * Checks that each operand lies inside its array, after the caller has checked the arrays for
   * null, for a product with m, n, k >= 1. Like netlib, the index of the last element is
   * computed in int arithmetic from the column-major shape; the offsets must not be negative.
   */
  static void requireOperandsInside(BLAS lsame, String transa, String transb, int m, int n,
      int k, int aLength, int offseta, int lda, int bLength, int offsetb, int ldb,
      int cLength, int offsetc, int ldc) {
    requireIndex(offseta + lastElement(lsame.lsame("N", transa), m, k, lda), aLength);
    requireIndex(offsetb + lastElement(lsame.lsame("N", transb), k, n, ldb), bLength);
    requireIndex(offsetc + lastElement(true, m, n, ldc), cLength);
    requireNonNegative(offseta, aLength);
    requireNonNegative(offsetb, bLength);
    requireNonNegative(offsetc, cLength);
  }

  /**
   * The index, relative to the offset, of the last element of a column-major operand whose op()
   * is rows x columns: (columns-1)*ld + (rows-1) when stored as is, (rows-1)*ld + (columns-1)
   * when stored transposed.
   */
  private static int lastElement(boolean notTransposed, int rows, int columns, int ld) {
    return notTransposed ? (columns - 1) * ld + (rows - 1) : (rows - 1) * ld + (columns - 1);
  }

  private static boolean isTransposeFlag(BLAS lsame, String trans) {
    return lsame.lsame("T", trans) || lsame.lsame("N", trans) || lsame.lsame("C", trans);
  }

  private static void requireArgument(String routine, int parameter, boolean valid) {
    if (!valid) {
      throw new IllegalArgumentException(String.format(
          "** On entry to '%s' parameter number %d had an illegal value", routine, parameter));
    }
  }

  /** A negative offset is an index below the array, reported as netlib's checks report one. */
  private static void requireNonNegative(int offset, int length) {
    if (offset < 0) {
      requireIndex(offset, length);
    }
  }

  private static void requireIndex(int index, int length) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(
          String.format("Index %s out of bounds for length %s", index, length));
    }
  }
}
