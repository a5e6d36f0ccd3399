package dev.lanes.kernel.internal;

/**
 * Packs blocks of op(A) and op(B) into the contiguous micro-panels the microkernel streams
 * through, laid out in whole register blocks so the microkernel never needs masks. The
 * padding of a ragged last sliver or panel is left as it is: row r of a tile depends only on
 * row r of the A sliver (column j only on column j of the B panel), and the driver discards
 * the padded rows and columns of the tile.
 */
final class DoublePacking {
  /** Depth steps copied per strip when packing a transposed B (one 64-byte line of floats). */
  private static final int STRIP = 16;

  private DoublePacking() {}

  /**
   * Packs op(A)[row0 .. row0+rows) x [depth0 .. depth0+depth) into slivers of mr rows: the
   * sliver starting at row s holds (r, p) at {@code dest[s*depth + p*mr + r]}.
   */
  static void packA(boolean transposed, double[] a, int aOffset, int lda, int row0, int depth0,
      int rows, int depth, int mr, double[] dest) {
    for (int s = 0; s < rows; s += mr) {
      int height = Math.min(mr, rows - s);
      int sliver = s * depth;
      if (transposed) {
        // A is stored k x m: the mr rows of one depth step are contiguous.
        for (int p = 0; p < depth; p++) {
          int from = aOffset + (depth0 + p) * lda + row0 + s;
          int to = sliver + p * mr;
          System.arraycopy(a, from, dest, to, height);
        }
      } else {
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
   * Packs op(B)[depth0 .. depth0+depth) x [col0 .. col0+cols) into panels of nr columns: the
   * panel starting at column s holds (p, j) at {@code dest[s*depth + p*nr + j]}.
   */
  static void packB(boolean transposed, double[] b, int bOffset, int ldb, int depth0, int col0,
      int depth, int cols, int nr, double[] dest) {
    for (int s = 0; s < cols; s += nr) {
      int width = Math.min(nr, cols - s);
      int panel = s * depth;
      if (transposed) {
        // B is stored n x k: a column of op(B) is a contiguous row of the array. Copy in
        // strips of STRIP depth steps so the strip of the panel being written stays in L1.
        for (int p0 = 0; p0 < depth; p0 += STRIP) {
          int p1 = Math.min(depth, p0 + STRIP);
          for (int j = 0; j < width; j++) {
            int from = bOffset + (col0 + s + j) * ldb + depth0;
            for (int p = p0; p < p1; p++) {
              dest[panel + p * nr + j] = b[from + p];
            }
          }
        }
      } else {
        // A plain loop: C2 vectorizes it, and it beats the arraycopy stub on short rows.
        for (int p = 0; p < depth; p++) {
          int from = bOffset + (depth0 + p) * ldb + col0 + s;
          int to = panel + p * nr;
          for (int j = 0; j < width; j++) {
            dest[to + j] = b[from + j];
          }
        }
      }
    }
  }
}
