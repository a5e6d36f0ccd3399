package dev.lanes.kernel.internal;

/**
 * Softmax, log-softmax and softmax cross-entropy of one row, composed from an elementwise and
 * an activation kernel ({@link #SELECTED}: the ones chosen for this JVM; the benchmarks also
 * compose the scalar twins): the row maximum m is subtracted before exponentiating, so
 * e^(x − m) ≤ 1 never overflows and the largest term is exactly 1. A row is short enough to
 * stay in L1 between the passes. Output rows may alias input rows exactly.
 */
public final class SoftmaxRows {
  /** On the kernels of {@link SelectedKernels}. */
  public static final SoftmaxRows SELECTED =
      new SoftmaxRows(SelectedKernels.ELEMENTWISE, SelectedKernels.ACTIVATION);

  private final ElementwiseKernel elementwise;
  private final ActivationKernel activation;

  public SoftmaxRows(ElementwiseKernel elementwise, ActivationKernel activation) {
    this.elementwise = elementwise;
    this.activation = activation;
  }

  /** y = e^(x − m) / Σ e^(x − m); cols ≥ 1. */
  public void softmax(float[] x, int xOffset, float[] y, int yOffset, int cols) {
    float max = elementwise.max(x, xOffset, cols);
    float sum = activation.expShifted(max, x, xOffset, y, yOffset, cols);
    elementwise.scale((float) (1.0 / sum), y, yOffset, y, yOffset, cols);
  }

  /** y = (x − m) − log Σ e^(x − m); cols ≥ 1. */
  public void logSoftmax(float[] x, int xOffset, float[] y, int yOffset, int cols) {
    float max = elementwise.max(x, xOffset, cols);
    float sum = activation.sumExpShifted(max, x, xOffset, cols);
    activation.logSoftmaxRow(max, (float) Math.log(sum), x, xOffset, y, yOffset, cols);
  }

  /**
   * Returns −log softmax(x)[label] = log Σ e^(x − m) − (x[label] − m), finite even when
   * softmax(x)[label] underflows; when gradient is not null writes
   * (softmax(x) − onehot(label))·gradientScale into it. cols ≥ 1, label in [0, cols).
   */
  public double crossEntropy(float[] x, int xOffset, int cols, int label,
      float[] gradient, int gradientOffset, double gradientScale) {
    float max = elementwise.max(x, xOffset, cols);
    float labelLogit = x[xOffset + label]; // read before the gradient may overwrite x
    float sum;
    if (gradient == null) {
      sum = activation.sumExpShifted(max, x, xOffset, cols);
    } else {
      sum = activation.expShifted(max, x, xOffset, gradient, gradientOffset, cols);
      elementwise.scale((float) (gradientScale / sum), gradient, gradientOffset, gradient,
          gradientOffset, cols);
      gradient[gradientOffset + label] -= (float) gradientScale;
    }
    return Math.log(sum) - ((double) labelLogit - max);
  }
}
