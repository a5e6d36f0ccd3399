package dev.lanes.kernel.internal;

/**
 * The register-blocked heart of GEMM: one mr x nr tile of C from packed micro-panels.
 *
 * <p>The A micro-panel holds element (r, p) at {@code a[aOffset + p*mr + r]}; the B micro-panel
 * holds (p, j) at {@code b[bOffset + p*nr + j]}; both are padded to the full tile, so an
 * implementation never needs masks. Each element is computed as
 * {@code acc = fma(a(r,p), b(p,j), acc)} for p = 0..kc-1 from acc = 0, then stored as
 * {@code c = fma(acc, alpha, addend)}, where the addend tile is C itself (accumulate) or a row
 * of zeros with {@code ldAddend = 0} (overwrite, so C is never read). Every implementation
 * performs exactly these roundings, so all of them, at any vector width, give bitwise
 * identical results.
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
  void multiply(int kc, double[] a, int aOffset, double[] b, int bOffset, double alpha,
      double[] addend, int addendOffset, int ldAddend, double[] c, int cOffset, int ldc);
}
