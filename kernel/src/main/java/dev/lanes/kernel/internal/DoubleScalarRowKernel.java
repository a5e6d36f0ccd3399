package dev.lanes.kernel.internal;

import java.util.Arrays;

/** The plain-Java twin of the single-row GEMM kernels. */
public final class DoubleScalarRowKernel implements DoubleRowKernel {
  @Override
  public void rowTimesMatrix(int n, int k, int kc, double alpha, double[] x, int xOffset,
      double[] b, int bOffset, int ldb, boolean overwrite, double[] c, int cOffset,
      double[] sums) {
    for (int pc = 0; pc < k; pc += kc) {
      Arrays.fill(sums, 0, n, 0);
      for (int p = pc; p < Math.min(k, pc + kc); p++) {
        double xp = x[xOffset + p];
        int row = bOffset + p * ldb;
        for (int j = 0; j < n; j++) {
          sums[j] = Math.fma(xp, b[row + j], sums[j]);
        }
      }
      boolean fresh = overwrite && pc == 0;
      for (int j = 0; j < n; j++) {
        c[cOffset + j] = Math.fma(sums[j], alpha, fresh ? 0 : c[cOffset + j]);
      }
    }
  }

  @Override
  public void rowTimesTransposed(int n, int k, double alpha, double[] x, int xOffset,
      double[] b, int bOffset, int ldb, boolean overwrite, double[] c,
      int cOffset) {
    for (int j = 0; j < n; j++) {
      int row = bOffset + j * ldb;
      double sum = 0;
      for (int p = 0; p < k; p++) {
        sum = Math.fma(x[xOffset + p], b[row + p], sum);
      }
      c[cOffset + j] = Math.fma(sum, alpha, overwrite ? 0 : c[cOffset + j]);
    }
  }
}
