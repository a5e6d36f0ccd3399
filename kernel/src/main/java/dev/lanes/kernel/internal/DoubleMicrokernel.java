package dev.lanes.kernel.internal;

/**
 * The register-blocked heart of GEMM: one mr x nr tile of C from packed micro-panels.
 *
 * <p>A holds element (r, p) at {@code a[aOffset + r*aRowStride + p*aDepthStride]}: a packed
 * sliver has strides (kc, 1) or (1, mr), a row-major A read in place (lda, 1). B holds (p, j) at
 * {@code b[bOffset + p*bDepthStride + j]}: a packed micro-panel has stride nr, a row-major B
 * read in place ldb. Both cover the full tile, so an implementation never needs masks; the
 * padding of a packed edge sliver or panel may hold stale values, because row r of the tile
 * depends only on row r of A and column j only on column j of B, and the driver discards the
 * padded rows and columns. Each element is computed as
 * {@code acc = fma(a(r,p), b(p,j), acc)} for p = 0..kc-1 from acc = 0, then stored as
 * {@code c = fma(acc, alpha, addend)}, where the addend tile is C itself (accumulate) or a row
 * of zeros with {@code ldAddend = 0} (overwrite, so C is never read). Every implementation
 * performs exactly these roundings, so all of them, at any vector width, give bitwise
 * identical results (so does the single-row path of {@link DoubleRowKernel} with a
 * non-transposed B; with a transposed B it sums dot products in lane-parallel partial sums).
 */
public interface DoubleMicrokernel {
  /** Rows of the register block. */
  int mr();

  /** Columns of the register block. */
  int nr();

  /**
   * C[0..mr) x [0..nr) at {@code c[cOffset + r*ldc + j]} ←
   * alpha·Ã·B̃ + addend[addendOffset + r*ldAddend + j].
   */
  void multiply(int kc, double[] a, int aOffset, int aRowStride, int aDepthStride, double[] b,
      int bOffset, int bDepthStride, double alpha, double[] addend, int addendOffset,
      int ldAddend, double[] c, int cOffset, int ldc);

  /**
   * As {@link #multiply} for the layout of packed panels, where the strides are constants: A a
   * sliver holding (r, p) at {@code a[aOffset + p*mr + r]}, B a micro-panel holding (p, j) at
   * {@code b[bOffset + p*nr + j]}. Constant strides let the compiler keep one pointer per
   * operand and check the array bounds once per call rather than at every load.
   */
  void multiplyPacked(int kc, double[] a, int aOffset, double[] b, int bOffset, double alpha,
      double[] addend, int addendOffset, int ldAddend, double[] c, int cOffset, int ldc);

  /**
   * Copies a block transposed, as packing needs for a transposed B and a plain A:
   * {@code dest[to + p*destStride + r] = src[from + r*ld + p]} for r in [0, rows) and p in
   * [0, depth), where rows <= destStride. When destStride > rows, the elements between one
   * step's rows and the next step may be overwritten with scratch; nothing else is written,
   * so threads may pack neighbouring blocks of one array at once. A pure copy otherwise, so
   * any implementation gives the same panel.
   */
  void transpose(double[] src, int from, int ld, int rows, int depth, double[] dest, int to,
      int destStride);

  /**
   * Packs one whole nr-column panel of a B that is not transposed:
   * {@code dest[to + p*nr + j] = b[from + p*ldb + j]} for p in [0, depth), j in [0, nr).
   */
  void packB(double[] b, int from, int ldb, int depth, double[] dest, int to);

  /** Rows of the short block that covers the last rows of an A block (at most mr). */
  int shortMr();

  /** As {@link #multiply}, for the first {@link #shortMr()} rows of the tile only. */
  void multiplyShort(int kc, double[] a, int aOffset, int aRowStride, int aDepthStride,
      double[] b, int bOffset, int bDepthStride, double alpha, double[] addend,
      int addendOffset, int ldAddend, double[] c, int cOffset, int ldc);
}
