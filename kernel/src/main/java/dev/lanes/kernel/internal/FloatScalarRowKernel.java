// GENERATED from DoubleScalarRowKernel.java by TwinSourcesTest: edit the template, then regenerate.
package dev.lanes.kernel.internal;

import java.util.Arrays;

/** The plain-Java twin of the single-row GEMM kernels. */
public final class FloatScalarRowKernel implements FloatRowKernel {
  @Override
  public void rowTimesMatrix(int n, int k, int kc, float alpha, float[] x, int xOffset,
      float[] b, int bOffset, int ldb, boolean overwrite, float[] c, int cOffset,
      float[] sums) {
    for (int pc = 0; pc < k; pc += kc) {
      Arrays.fill(sums, 0, n, 0);
      for (int p = pc; p < Math.min(k, pc + kc); p++) {
        float xp = x[xOffset + p];
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
  public void rowTimesTransposed(int n, int k, float alpha, float[] x, int xOffset,
      float[] b, int bOffset, int ldb, boolean overwrite, float[] c,
      int cOffset) {
    for (int j = 0; j < n; j++) {
      int row = bOffset + j * ldb;
      float sum = 0;
      for (int p = 0; p < k; p++) {
        sum = Math.fma(x[xOffset + p], b[row + p], sum);
      }
      c[cOffset + j] = Math.fma(sum, alpha, overwrite ? 0 : c[cOffset + j]);
    }
  }
}
