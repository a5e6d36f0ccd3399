package dev.lanes.kernel.internal;

/**
 * Activations and their fused backward passes on ranges of float arrays. Arguments are
 * checked by the caller; outputs may alias inputs exactly. The scalar twin
 * {@link ScalarActivation} is the specification: the vector twin gives bitwise the same
 * results, except for the order in which the softmax sums add up.
 */
public interface ActivationKernel {
  /** y = x < 0 ? 0 : x (NaN stays NaN). */
  void relu(float[] x, int xOffset, float[] y, int yOffset, int length);

  /** y = x > 0 ? x : slope·x. */
  void leakyRelu(float slope, float[] x, int xOffset, float[] y, int yOffset, int length);

  /** y = e^x, {@link FloatMath#exp}. */
  void exp(float[] x, int xOffset, float[] y, int yOffset, int length);

  /** y = 1/(1 + e^−x), {@link FloatMath#sigmoid}. */
  void sigmoid(float[] x, int xOffset, float[] y, int yOffset, int length);

  /** y = tanh x, {@link FloatMath#tanh}. */
  void tanh(float[] x, int xOffset, float[] y, int yOffset, int length);

  /** y = e^(x − shift); returns Σ y in float. */
  float expShifted(float shift, float[] x, int xOffset, float[] y, int yOffset, int length);

  /** Σ e^(x − shift) in float, writing nothing. */
  float sumExpShifted(float shift, float[] x, int xOffset, int length);

  /** y = (x − shift) − logSum: the log-softmax of a row once its max and log Σ are known. */
  void logSoftmaxRow(float shift, float logSum, float[] x, int xOffset, float[] y, int yOffset,
      int length);

  /** delta = upstream · (h > 0 ? 1 : 0). */
  void reluBackward(float[] upstream, int upstreamOffset, float[] h, int hOffset,
      float[] delta, int deltaOffset, int length);

  /** delta = upstream · (h > 0 ? 1 : slope). */
  void leakyReluBackward(float slope, float[] upstream, int upstreamOffset, float[] h,
      int hOffset, float[] delta, int deltaOffset, int length);

  /** delta = upstream · (h·(1 − h)). */
  void sigmoidBackward(float[] upstream, int upstreamOffset, float[] h, int hOffset,
      float[] delta, int deltaOffset, int length);

  /** delta = upstream · fma(−h, h, 1). */
  void tanhBackward(float[] upstream, int upstreamOffset, float[] h, int hOffset,
      float[] delta, int deltaOffset, int length);
}
