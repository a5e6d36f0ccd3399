package dev.lanes.kernel.internal;

/**
 * Softmax, log-softmax and softmax cross-entropy of one row, composed from the selected
 * kernels: the row maximum m is subtracted before exponentiating, so e^(x − m) ≤ 1 never
 * overflows and the largest term is exactly 1. A row is short enough to stay in L1 between
 * the passes. Output rows may alias input rows exactly.
 */
public final class SoftmaxRows {
  private static final ElementwiseKernel ELEMENTWISE = SelectedKernels.ELEMENTWISE;
  private static final ActivationKernel ACTIVATION = SelectedKernels.ACTIVATION;

  private SoftmaxRows() {}

  /** y = e^(x − m) / Σ e^(x − m); cols ≥ 1. */
  public static void softmax(float[] x, int xOffset, float[] y, int yOffset, int cols) {
    float max = ELEMENTWISE.max(x, xOffset, cols);
    float sum = ACTIVATION.expShifted(max, x, xOffset, y, yOffset, cols);
    ELEMENTWISE.scale((float) (1.0 / sum), y, yOffset, y, yOffset, cols);
  }

  /** y = (x − m) − log Σ e^(x − m); cols ≥ 1. */
  public static void logSoftmax(float[] x, int xOffset, float[] y, int yOffset, int cols) {
    float max = ELEMENTWISE.max(x, xOffset, cols);
    float sum = ACTIVATION.sumExpShifted(max, x, xOffset, cols);
    ACTIVATION.logSoftmaxRow(max, (float) Math.log(sum), x, xOffset, y, yOffset, cols);
  }

  /**
   * Returns −log softmax(x)[label] = log Σ e^(x − m) − (x[label] − m), finite even when
   * softmax(x)[label] underflows; when gradient is not null writes
   * (softmax(x) − onehot(label))·gradientScale into it. cols ≥ 1, label in [0, cols).
   */
  public static double crossEntropy(float[] x, int xOffset, int cols, int label,
      float[] gradient, int gradientOffset, double gradientScale) {
    float max = ELEMENTWISE.max(x, xOffset, cols);
    float labelLogit = x[xOffset + label]; // read before the gradient may overwrite x
    float sum;
    if (gradient == null) {
      sum = ACTIVATION.sumExpShifted(max, x, xOffset, cols);
    } else {
      sum = ACTIVATION.expShifted(max, x, xOffset, gradient, gradientOffset, cols);
      ELEMENTWISE.scale((float) (gradientScale / sum), gradient, gradientOffset, gradient,
          gradientOffset, cols);
      gradient[gradientOffset + label] -= (float) gradientScale;
    }
    return Math.log(sum) - ((double) labelLogit - max);
  }
}
