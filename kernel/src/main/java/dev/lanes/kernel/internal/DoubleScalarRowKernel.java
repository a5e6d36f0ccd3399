package dev.lanes.kernel.internal;

import java.util.Arrays;

/** The plain-Java twin of the single-row GEMM kernels. */
public final class DoubleScalarRowKernel implements DoubleRowKernel {
  /** The lanes of the vector kernel whose roundings this twin reproduces (1: none). */
  private final int lanes;

  /** The twin of a vector kernel with {@code lanes} lanes; 1 when no vector kernel runs. */
  public DoubleScalarRowKernel(int lanes) {
    if (lanes < 1 || lanes > LANE_SUMS / 4) {
      throw new IllegalArgumentException("lanes=" + lanes + " must be in 1.." + LANE_SUMS / 4);
    }
    this.lanes = lanes;
  }

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
      double[] b, int bOffset, int ldb, boolean overwrite, double[] c, int cOffset,
      double[] laneSums) {
    int vectorDepth = k - k % lanes;
    for (int j = 0; j < n; j++) {
      int row = bOffset + j * ldb;
      Arrays.fill(laneSums, 0, lanes, 0);
      for (int p = 0; p < vectorDepth; p += lanes) {
        for (int l = 0; l < lanes; l++) {
          laneSums[l] = Math.fma(x[xOffset + p + l], b[row + p + l], laneSums[l]);
        }
      }
      double dot = sumInLaneOrder(laneSums, 0, lanes);
      for (int p = vectorDepth; p < k; p++) {
        dot = Math.fma(x[xOffset + p], b[row + p], dot);
      }
      c[cOffset + j] = Math.fma(dot, alpha, overwrite ? 0 : c[cOffset + j]);
    }
  }

  /**
   * sums[from] + sums[from + 1] + … + sums[from + lanes − 1], added left to right: the
   * reduction both twins of the row kernel use, and the vector elementwise and activation
   * kernels for their lane sums. The Vector API leaves the order of its own reduceLanes open,
   * and JDK 25 adds in another order than JDK 17; a pairwise tree in the scalar code ran
   * slower than this chain (batch-1 inference, JMH).
   */
  public static double sumInLaneOrder(double[] sums, int from, int lanes) {
    double sum = sums[from];
    for (int l = 1; l < lanes; l++) {
      sum += sums[from + l];
    }
    return sum;
  }
}
