package dev.lanes.kernel.internal;

/** The plain-Java twin of the activation kernels, and their specification. */
public final class ScalarActivation implements ActivationKernel {
  @Override
  public void relu(float[] x, int xOffset, float[] y, int yOffset, int length) {
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = Math.max(x[xOffset + i], 0f);
    }
  }

  @Override
  public void leakyRelu(float slope, float[] x, int xOffset, float[] y, int yOffset,
      int length) {
    for (int i = 0; i < length; i++) {
      float v = x[xOffset + i];
      y[yOffset + i] = v > 0 ? v : slope * v;
    }
  }

  @Override
  public void exp(float[] x, int xOffset, float[] y, int yOffset, int length) {
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = FloatMath.exp(x[xOffset + i]);
    }
  }

  @Override
  public void sigmoid(float[] x, int xOffset, float[] y, int yOffset, int length) {
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = FloatMath.sigmoid(x[xOffset + i]);
    }
  }

  @Override
  public void tanh(float[] x, int xOffset, float[] y, int yOffset, int length) {
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = FloatMath.tanh(x[xOffset + i]);
    }
  }

  @Override
  public float expShifted(float shift, float[] x, int xOffset, float[] y, int yOffset,
      int length) {
    float sum = 0;
    for (int i = 0; i < length; i++) {
      float e = FloatMath.exp(x[xOffset + i] - shift);
      y[yOffset + i] = e;
      sum += e;
    }
    return sum;
  }

  @Override
  public float sumExpShifted(float shift, float[] x, int xOffset, int length) {
    float sum = 0;
    for (int i = 0; i < length; i++) {
      sum += FloatMath.exp(x[xOffset + i] - shift);
    }
    return sum;
  }

  @Override
  public void logSoftmaxRow(float shift, float logSum, float[] x, int xOffset, float[] y,
      int yOffset, int length) {
    for (int i = 0; i < length; i++) {
      y[yOffset + i] = (x[xOffset + i] - shift) - logSum;
    }
  }

  @Override
  public void reluBackward(float[] upstream, int upstreamOffset, float[] h, int hOffset,
      float[] delta, int deltaOffset, int length) {
    for (int i = 0; i < length; i++) {
      delta[deltaOffset + i] = upstream[upstreamOffset + i] * (h[hOffset + i] > 0 ? 1f : 0f);
    }
  }

  @Override
  public void leakyReluBackward(float slope, float[] upstream, int upstreamOffset, float[] h,
      int hOffset, float[] delta, int deltaOffset, int length) {
    for (int i = 0; i < length; i++) {
      delta[deltaOffset + i] =
          upstream[upstreamOffset + i] * (h[hOffset + i] > 0 ? 1f : slope);
    }
  }

  @Override
  public void sigmoidBackward(float[] upstream, int upstreamOffset, float[] h, int hOffset,
      float[] delta, int deltaOffset, int length) {
    for (int i = 0; i < length; i++) {
      delta[deltaOffset + i] = upstream[upstreamOffset + i] * sigmoidDerivative(h[hOffset + i]);
    }
  }

  @Override
  public void tanhBackward(float[] upstream, int upstreamOffset, float[] h, int hOffset,
      float[] delta, int deltaOffset, int length) {
    for (int i = 0; i < length; i++) {
      delta[deltaOffset + i] = upstream[upstreamOffset + i] * tanhDerivative(h[hOffset + i]);
    }
  }

  /** σ'(a) = h(1 − h) from the sigmoid's output h. */
  static float sigmoidDerivative(float h) {
    return h * (1f - h);
  }

  /** tanh'(a) = 1 − h² from tanh's output h, in one rounding. */
  static float tanhDerivative(float h) {
    return Math.fma(-h, h, 1f);
  }
}
