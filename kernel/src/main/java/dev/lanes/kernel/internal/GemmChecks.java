package dev.lanes.kernel.internal;

import dev.lanes.kernel.Transpose;

/**
 * The argument checks of GEMM, shared by the float and double entry points. Every check runs
 * before anything is written; each message names the parameter and the values. Extents are
 * computed in long, so a large matrix cannot overflow int silently.
 */
public final class GemmChecks {
  private GemmChecks() {}

  /**
   * Checks a call C ← alpha·op(A)·op(B) + beta·C on row-major arrays whose lengths are given
   * (the arrays themselves were checked for null by the caller).
   */
  public static void check(Transpose transA, Transpose transB, int m, int n, int k,
      int aLength, int aOffset, int lda, int bLength, int bOffset, int ldb,
      int cLength, int cOffset, int ldc) {
    requireNonNegative("m", m);
    requireNonNegative("n", n);
    requireNonNegative("k", k);
    // A is stored m x k (NO_TRANS) or k x m (TRANS); B is stored k x n or n x k.
    boolean aTransposed = transA == Transpose.TRANS;
    boolean bTransposed = transB == Transpose.TRANS;
    int aRows = aTransposed ? k : m;
    int aColumns = aTransposed ? m : k;
    int bRows = bTransposed ? n : k;
    int bColumns = bTransposed ? k : n;
    requireLeadingDimension("lda", lda, aTransposed ? "m" : "k", aColumns);
    requireLeadingDimension("ldb", ldb, bTransposed ? "k" : "n", bColumns);
    requireLeadingDimension("ldc", ldc, "n", n);
    requireExtent("a", aLength, "aOffset", aOffset, "lda", lda, aRows, aColumns);
    requireExtent("b", bLength, "bOffset", bOffset, "ldb", ldb, bRows, bColumns);
    requireExtent("c", cLength, "cOffset", cOffset, "ldc", ldc, m, n);
  }

  /** Throws IllegalArgumentException unless {@code value >= 0}. */
  public static void requireNonNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + "=" + value + " must be >= 0");
    }
  }

  private static void requireLeadingDimension(String name, int value, String columnsName,
      int columns) {
    if (value < Math.max(1, columns)) {
      throw new IllegalArgumentException(name + "=" + value + " must be >= max(1, "
          + columnsName + "=" + columns + ")");
    }
  }

  /**
   * Checks that a row-major rows x columns matrix at {@code offset} with leading dimension
   * {@code ld} lies inside an array of {@code length}. An empty matrix needs no elements,
   * but its offset must still be non-negative.
   */
  public static void requireExtent(String array, int length, String offsetName, int offset,
      String ldName, int ld, int rows, int columns) {
    if (offset < 0) {
      throw new IndexOutOfBoundsException(offsetName + "=" + offset + " must be >= 0");
    }
    if (rows == 0 || columns == 0) {
      return;
    }
    long end = offset + (long) (rows - 1) * ld + columns;
    if (end > length) {
      throw new IndexOutOfBoundsException(array + ".length=" + length + " is too short for a "
          + rows + " x " + columns + " matrix: it needs " + offsetName + " + (rows-1)*" + ldName
          + " + columns = " + offset + " + " + (rows - 1) + "*" + ld + " + " + columns + " = "
          + end + " elements");
    }
  }
}
