package dev.lanes.kernel.internal;

/**
 * The plain-Java twin of the vector microkernel, and the specification it is tested against:
 * a 4 x 4 register block of scalar accumulators with the roundings documented on
 * {@link DoubleMicrokernel}.
 */
public final class DoubleScalarMicrokernel implements DoubleMicrokernel {
  private static final int MR = 4;
  private static final int NR = 4;

  @Override
  public int mr() {
    return MR;
  }

  @Override
  public int nr() {
    return NR;
  }

  @Override
  public void multiply(int kc, double[] a, int aOffset, int aRowStride, int aDepthStride,
      double[] b, int bOffset, int bDepthStride, double alpha, double[] addend,
      int addendOffset, int ldAddend, double[] c, int cOffset, int ldc) {
    int row1 = aOffset + aRowStride;
    int row2 = row1 + aRowStride;
    int row3 = row2 + aRowStride;
    double c00 = 0, c01 = 0, c02 = 0, c03 = 0;
    double c10 = 0, c11 = 0, c12 = 0, c13 = 0;
    double c20 = 0, c21 = 0, c22 = 0, c23 = 0;
    double c30 = 0, c31 = 0, c32 = 0, c33 = 0;
    for (int p = 0; p < kc; p++) {
      int ap = p * aDepthStride;
      int bp = bOffset + p * bDepthStride;
      double b0 = b[bp], b1 = b[bp + 1], b2 = b[bp + 2], b3 = b[bp + 3];
      double ar = a[aOffset + ap];
      c00 = Math.fma(ar, b0, c00); c01 = Math.fma(ar, b1, c01);
      c02 = Math.fma(ar, b2, c02); c03 = Math.fma(ar, b3, c03);
      ar = a[row1 + ap];
      c10 = Math.fma(ar, b0, c10); c11 = Math.fma(ar, b1, c11);
      c12 = Math.fma(ar, b2, c12); c13 = Math.fma(ar, b3, c13);
      ar = a[row2 + ap];
      c20 = Math.fma(ar, b0, c20); c21 = Math.fma(ar, b1, c21);
      c22 = Math.fma(ar, b2, c22); c23 = Math.fma(ar, b3, c23);
      ar = a[row3 + ap];
      c30 = Math.fma(ar, b0, c30); c31 = Math.fma(ar, b1, c31);
      c32 = Math.fma(ar, b2, c32); c33 = Math.fma(ar, b3, c33);
    }
    storeRow(c, cOffset, c00, c01, c02, c03, alpha, addend, addendOffset);
    storeRow(c, cOffset + ldc, c10, c11, c12, c13, alpha, addend, addendOffset + ldAddend);
    storeRow(c, cOffset + 2 * ldc, c20, c21, c22, c23, alpha, addend,
        addendOffset + 2 * ldAddend);
    storeRow(c, cOffset + 3 * ldc, c30, c31, c32, c33, alpha, addend,
        addendOffset + 3 * ldAddend);
  }

  @Override
  public void multiplyPacked(int kc, double[] a, int aOffset, double[] b, int bOffset,
      double alpha, double[] addend, int addendOffset, int ldAddend, double[] c, int cOffset,
      int ldc) {
    multiply(kc, a, aOffset, 1, MR, b, bOffset, NR, alpha, addend, addendOffset, ldAddend, c,
        cOffset, ldc);
  }

  @Override
  public int shortMr() {
    return MR;
  }

  /** The tile is already short enough for an edge: the same as {@link #multiply}. */
  @Override
  public void multiplyShort(int kc, double[] a, int aOffset, int aRowStride, int aDepthStride,
      double[] b, int bOffset, int bDepthStride, double alpha, double[] addend,
      int addendOffset, int ldAddend, double[] c, int cOffset, int ldc) {
    multiply(kc, a, aOffset, aRowStride, aDepthStride, b, bOffset, bDepthStride, alpha, addend,
        addendOffset, ldAddend, c, cOffset, ldc);
  }

  @Override
  public void transpose(double[] src, int from, int ld, int rows, int depth, double[] dest,
      int to, int destStride) {
    DoublePacking.copyTransposed(src, from, ld, rows, depth, dest, to, destStride);
  }

  @Override
  public void packB(double[] b, int from, int ldb, int depth, double[] dest, int to) {
    DoublePacking.copyRows(b, from, ldb, NR, depth, dest, to, NR);
  }

  /** One row of the tile: C ← fma(acc, alpha, addend). */
  private static void storeRow(double[] c, int offset, double s0, double s1, double s2,
      double s3, double alpha, double[] addend, int from) {
    c[offset] = Math.fma(s0, alpha, addend[from]);
    c[offset + 1] = Math.fma(s1, alpha, addend[from + 1]);
    c[offset + 2] = Math.fma(s2, alpha, addend[from + 2]);
    c[offset + 3] = Math.fma(s3, alpha, addend[from + 3]);
  }
}
