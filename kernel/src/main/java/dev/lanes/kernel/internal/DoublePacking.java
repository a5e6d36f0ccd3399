package dev.lanes.kernel.internal;

/**
 * Packs blocks of op(A) and op(B) into the contiguous micro-panels the microkernel streams
 * through, laid out in whole register blocks so the microkernel never needs masks. The
 * padding of a ragged last sliver or panel is left as it is: row r of a tile depends only on
 * row r of the A sliver (column j only on column j of the B panel), and the driver discards
 * the padded rows and columns of the tile.
 */
final class DoublePacking {
  /** Depth steps per strip when copying a transposed B: one 64-byte line of floats. */
  private static final int STRIP = 16;

  private DoublePacking() {}

  /**
   * Packs op(A)[row0 .. row0+rows) x [depth0 .. depth0+depth) into slivers of mr rows in the
   * layout of {@link DoubleMicrokernel#multiplyPacked}: the sliver starting at row s holds
   * (r, p) at {@code dest[s*depth + p*mr + r]}, so one depth step of the sliver is contiguous.
   */
  static void packA(boolean transposed, double[] a, int aOffset, int lda, int row0, int depth0,
      int rows, int depth, int mr, double[] dest) {
    for (int s = 0; s < rows; s += mr) {
      int height = Math.min(mr, rows - s);
      int sliver = s * depth;
      if (transposed) {
        // A is stored k x m: the mr rows of one depth step are already contiguous.
        for (int p = 0; p < depth; p++) {
          System.arraycopy(a, aOffset + (depth0 + p) * lda + row0 + s, dest, sliver + p * mr,
              height);
        }
      } else {
        // A is stored m x k: each row of A is read in order and spread with stride mr.
        for (int r = 0; r < height; r++) {
          int from = aOffset + (row0 + s + r) * lda + depth0;
          for (int p = 0; p < depth; p++) {
            dest[sliver + p * mr + r] = a[from + p];
          }
        }
      }
    }
  }

  /**
   * Packs op(B)[depth0 .. depth0+depth) x [col0 .. col0+cols) into panels of the kernel's nr
   * columns: the panel starting at column s holds (p, j) at {@code dest[s*depth + p*nr + j]}.
   * Whole panels go through the kernel: {@link DoubleMicrokernel#packTransposedB} (in
   * registers where it has vectors) or {@link DoubleMicrokernel#packB}.
   */
  static void packB(DoubleMicrokernel kernel, boolean transposed, double[] b, int bOffset,
      int ldb, int depth0, int col0, int depth, int cols, double[] dest) {
    int nr = kernel.nr();
    for (int s = 0; s < cols; s += nr) {
      int width = Math.min(nr, cols - s);
      int panel = s * depth;
      if (transposed && width == nr) {
        kernel.packTransposedB(b, bOffset + (col0 + s) * ldb + depth0, ldb, depth, dest, panel);
      } else if (width == nr) {
        kernel.packB(b, bOffset + depth0 * ldb + col0 + s, ldb, depth, dest, panel);
      } else if (transposed) {
        copyTransposed(b, bOffset + (col0 + s) * ldb + depth0, ldb, depth, width, nr, dest,
            panel);
      } else {
        copyRows(b, bOffset + depth0 * ldb + col0 + s, ldb, depth, width, nr, dest, panel);
      }
    }
  }

  /**
   * Copies {@code width} columns of a B that is not transposed into a panel of nr columns:
   * {@code dest[to + p*nr + j] = b[from + p*ldb + j]}. A plain loop: C2 vectorizes it, and it
   * beats the arraycopy stub on short rows.
   */
  static void copyRows(double[] b, int from, int ldb, int depth, int width, int nr,
      double[] dest, int to) {
    for (int p = 0; p < depth; p++) {
      for (int j = 0; j < width; j++) {
        dest[to + p * nr + j] = b[from + p * ldb + j];
      }
    }
  }

  /**
   * Copies {@code width} columns of a transposed B (stored n x k, so a column of op(B) is a
   * contiguous row of the array) into a panel of nr columns element by element:
   * {@code dest[to + p*nr + j] = b[from + j*ldb + p]}, in strips of {@value #STRIP} depth steps
   * so that the strip of the panel being written stays in L1.
   */
  static void copyTransposed(double[] b, int from, int ldb, int depth, int width, int nr,
      double[] dest, int to) {
    for (int p0 = 0; p0 < depth; p0 += STRIP) {
      int p1 = Math.min(depth, p0 + STRIP);
      for (int j = 0; j < width; j++) {
        for (int p = p0; p < p1; p++) {
          dest[to + p * nr + j] = b[from + j * ldb + p];
        }
      }
    }
  }
}
