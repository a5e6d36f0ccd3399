package dev.lanes.kernel.internal;

/** The plain-Java twin of the elementwise kernels, and their specification. */
public final class ScalarElementwise implements ElementwiseKernel {
  /**
   * Squares are added in float within blocks of this many elements, the block sums in double:
   * the vector twin keeps the same split so that both stay within 2⁻²⁴·BLOCK relative error.
   */
  public static final int SUM_BLOCK = 1024;

  @Override
  public void hadamard(float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset,
      int length) {
    for (int i = 0; i < length; i++) {
      z[zOffset + i] = x[xOffset + i] * y[yOffset + i];
    }
  }

  @Override
  public void add(float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset,
      int length) {
    for (int i = 0; i < length; i++) {
      z[zOffset + i] = x[xOffset + i] + y[yOffset + i];
    }
  }

  @Override
  public void axpy(float alpha, float[] x, int xOffset, float[] y, int yOffset, int length) {
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = Math.fma(alpha, x[xOffset + i], y[yOffset + i]);
    }
  }

  @Override
  public void scale(float alpha, float[] x, int xOffset, float[] y, int yOffset, int length) {
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = alpha * x[xOffset + i];
    }
  }

  @Override
  public double sumOfSquares(float[] x, int xOffset, int length) {
    double total = 0;
    for (int start = 0; start < length; start += SUM_BLOCK) {
      int end = Math.min(length, start + SUM_BLOCK);
      float block = 0;
      for (int i = start; i < end; i++) {
        float v = x[xOffset + i];
        block = Math.fma(v, v, block);
      }
      total += Float.isFinite(block) ? block
          : sumOfSquaresInDouble(x, xOffset + start, end - start);
    }
    return total;
  }

  /**
   * Σ x² in double: a block whose float sum overflowed (a square, or the sum, beyond 3.4e38)
   * is summed again here, so the result overflows only past 1.8e308; a NaN or an infinity in
   * the block still gives NaN or infinity.
   */
  public static double sumOfSquaresInDouble(float[] x, int xOffset, int length) {
    double sum = 0;
    for (int i = 0; i < length; i++) {
      double v = x[xOffset + i];
      sum = Math.fma(v, v, sum);
    }
    return sum;
  }

  @Override
  public float max(float[] x, int xOffset, int length) {
    float max = x[xOffset];
    for (int i = 1; i < length; i++) {
      max = Math.max(max, x[xOffset + i]);
    }
    return max;
  }

  @Override
  public double squaredError(float[] p, int pOffset, float[] t, int tOffset, float[] gradient,
      int gradientOffset, float gradientScale, int length) {
    double total = 0;
    for (int start = 0; start < length; start += SUM_BLOCK) {
      int end = Math.min(length, start + SUM_BLOCK);
      float block = 0;
      for (int i = start; i < end; i++) {
        float d = p[pOffset + i] - t[tOffset + i];
        block = Math.fma(d, d, block);
        if (gradient != null) {
          gradient[gradientOffset + i] = gradientScale * d;
        }
      }
      total += block;
    }
    return total;
  }

  @Override
  public void sgdMomentum(float learningRate, float momentum, float weightDecay, float[] w,
      int wOffset, float[] g, int gOffset, float[] velocity, int velocityOffset, int length) {
    for (int i = 0; i < length; i++) {
      float wi = w[wOffset + i];
      // Δ ← μΔ + (g + λw)
      float v = Math.fma(momentum, velocity[velocityOffset + i],
          Math.fma(weightDecay, wi, g[gOffset + i]));
      velocity[velocityOffset + i] = v;
      // w ← w − ηΔ
      w[wOffset + i] = Math.fma(-learningRate, v, wi);
    }
  }
}
