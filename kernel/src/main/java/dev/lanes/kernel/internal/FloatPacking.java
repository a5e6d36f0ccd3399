// GENERATED from DoublePacking.java by TwinSourcesTest: edit the template, then regenerate.
package dev.lanes.kernel.internal;

/**
 * Packs blocks of op(A) and op(B) into the contiguous micro-panels the microkernel streams
 * through, laid out in whole register blocks so the microkernel never needs masks. The
 * padding of a ragged last sliver or panel is left as it is: row r of a tile depends only on
 * row r of the A sliver (column j only on column j of the B panel), and the driver discards
 * the padded rows and columns of the tile.
 */
final class FloatPacking {
  private FloatPacking() {}

  /**
   * Packs op(A)[row0 .. row0+rows) x [depth0 .. depth0+depth) into slivers of mr rows in the
   * layout of {@link FloatMicrokernel#multiplyPacked}: the sliver starting at row s holds
   * (r, p) at {@code dest[s*depth + p*mr + r]}, so one depth step of the sliver is
   * contiguous. Writes nothing outside those slivers.
   */
  static void packA(FloatMicrokernel kernel, boolean transposed, float[] a, int aOffset,
      int lda, int row0, int depth0, int rows, int depth, float[] dest) {
    int mr = kernel.mr();
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
        // A is stored m x k: rows of A become the columns of a depth-step-major sliver.
        kernel.transpose(a, aOffset + (row0 + s) * lda + depth0, lda, height, depth, dest,
            sliver, mr);
      }
    }
  }

  /**
   * Packs op(B)[depth0 .. depth0+depth) x [col0 .. col0+cols) into panels of the kernel's nr
   * columns: the panel starting at column s holds (p, j) at {@code dest[s*depth + p*nr + j]}.
   * Whole panels go through the kernel: {@link FloatMicrokernel#transpose} (in registers
   * where it has vectors) or {@link FloatMicrokernel#packB}.
   */
  static void packB(FloatMicrokernel kernel, boolean transposed, float[] b, int bOffset,
      int ldb, int depth0, int col0, int depth, int cols, float[] dest) {
    int nr = kernel.nr();
    for (int s = 0; s < cols; s += nr) {
      int width = Math.min(nr, cols - s);
      int panel = s * depth;
      if (transposed && width == nr) {
        kernel.transpose(b, bOffset + (col0 + s) * ldb + depth0, ldb, nr, depth, dest, panel, nr);
      } else if (width == nr) {
        kernel.packB(b, bOffset + depth0 * ldb + col0 + s, ldb, depth, dest, panel);
      } else if (transposed) {
        copyTransposed(b, bOffset + (col0 + s) * ldb + depth0, ldb, width, depth, dest, panel,
            nr);
      } else {
        copyRows(b, bOffset + depth0 * ldb + col0 + s, ldb, width, depth, dest, panel, nr);
      }
    }
  }

  /**
   * Copies a block row by row, as packing needs for a B that is not transposed:
   * {@code dest[to + p*destStride + j] = src[from + p*ld + j]} for j in [0, width) and p in
   * [0, depth). A plain loop: C2 vectorizes it, and it beats the arraycopy stub on short rows.
   */
  static void copyRows(float[] src, int from, int ld, int width, int depth, float[] dest,
      int to, int destStride) {
    for (int p = 0; p < depth; p++) {
      for (int j = 0; j < width; j++) {
        dest[to + p * destStride + j] = src[from + p * ld + j];
      }
    }
  }

  /**
   * Copies a block transposed, element by element:
   * {@code dest[to + p*destStride + r] = src[from + r*ld + p]} for r in [0, rows) and p in
   * [0, depth). Four rows at a time, each depth step reading one element of each and writing
   * four adjacent ones: about 0.33 ns per element here, against 0.65 for a loop over one row
   * at a time (strided writes) or over all rows per step (which C2 does not unroll).
   */
  static void copyTransposed(float[] src, int from, int ld, int rows, int depth,
      float[] dest, int to, int destStride) {
    int r = 0;
    for (; r + 4 <= rows; r += 4) {
      int row = from + r * ld;
      for (int p = 0; p < depth; p++) {
        int out = to + p * destStride + r;
        dest[out] = src[row + p];
        dest[out + 1] = src[row + ld + p];
        dest[out + 2] = src[row + 2 * ld + p];
        dest[out + 3] = src[row + 3 * ld + p];
      }
    }
    for (; r < rows; r++) {
      for (int p = 0; p < depth; p++) {
        dest[to + p * destStride + r] = src[from + r * ld + p];
      }
    }
  }
}
