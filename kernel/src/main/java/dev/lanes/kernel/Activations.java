package dev.lanes.kernel;

import static dev.lanes.kernel.internal.ElementwiseChecks.requireBackwardSlope;
import static dev.lanes.kernel.internal.ElementwiseChecks.requireMatrix;
import static dev.lanes.kernel.internal.ElementwiseChecks.requireNonNegative;
import static dev.lanes.kernel.internal.ElementwiseChecks.requireNonNull;
import static dev.lanes.kernel.internal.ElementwiseChecks.requireRange;

import dev.lanes.kernel.internal.ActivationKernel;
import dev.lanes.kernel.internal.ElementwiseKernel;
import dev.lanes.kernel.internal.SelectedKernels;
import dev.lanes.kernel.internal.SoftmaxRows;

/**
 * Activation functions, forward and backward, on float arrays with offsets, and row-wise
 * softmax on row-major matrices with a leading dimension.
 *
 * <p>exp, sigmoid and tanh are computed by a polynomial of their own, not by {@link Math}:
 * over the whole float range exp is within 1 ulp, sigmoid and tanh within 2 ulp of the
 * correctly rounded result; NaN gives NaN, exp overflows to +∞ above ~88.72 and underflows
 * gradually to 0. ReLU is {@code Math.max(x, 0f)}: it keeps NaN and maps −0 to +0.
 *
 * <p>Outputs may alias inputs exactly (same array, same offset and, for matrices, the same
 * leading dimension); partial overlaps give undefined results. Bad arguments throw
 * {@link NullPointerException}, {@link IllegalArgumentException} (negative sizes, leading
 * dimension below the columns) or {@link IndexOutOfBoundsException} (offsets and extents),
 * naming the parameter and values, before anything is written.
 */
public final class Activations {
  private static final ActivationKernel KERNEL = SelectedKernels.ACTIVATION;
  private static final ElementwiseKernel ELEMENTWISE = SelectedKernels.ELEMENTWISE;

  private Activations() {}

  /** y = Math.max(x, 0f): NaN kept, −0 gives +0. */
  public static void relu(float[] x, int xOffset, float[] y, int yOffset, int length) {
    checkUnary(x, xOffset, y, yOffset, length);
    KERNEL.relu(x, xOffset, y, yOffset, length);
  }

  /** y = x for x > 0, slope·x otherwise. */
  public static void leakyRelu(float slope, float[] x, int xOffset, float[] y, int yOffset,
      int length) {
    checkUnary(x, xOffset, y, yOffset, length);
    KERNEL.leakyRelu(slope, x, xOffset, y, yOffset, length);
  }

  /** y = 1/(1 + e^−x), within 2 ulp. */
  public static void sigmoid(float[] x, int xOffset, float[] y, int yOffset, int length) {
    checkUnary(x, xOffset, y, yOffset, length);
    KERNEL.sigmoid(x, xOffset, y, yOffset, length);
  }

  /** y = tanh x, within 2 ulp. */
  public static void tanh(float[] x, int xOffset, float[] y, int yOffset, int length) {
    checkUnary(x, xOffset, y, yOffset, length);
    KERNEL.tanh(x, xOffset, y, yOffset, length);
  }

  /** y = e^x, within 1 ulp. */
  public static void exp(float[] x, int xOffset, float[] y, int yOffset, int length) {
    checkUnary(x, xOffset, y, yOffset, length);
    KERNEL.exp(x, xOffset, y, yOffset, length);
  }

  /** y = g(x); slope is used by LEAKY_RELU only. */
  public static void apply(Activation g, float slope, float[] x, int xOffset, float[] y,
      int yOffset, int length) {
    requireNonNull("g", g);
    checkUnary(x, xOffset, y, yOffset, length);
    applyChecked(g, slope, x, xOffset, y, yOffset, length);
  }

  /** Row-wise over a row-major rows x cols matrix, numerically stable (row max subtracted). */
  public static void softmax(int rows, int cols, float[] x, int xOffset, int ldx, float[] y,
      int yOffset, int ldy) {
    checkRows(rows, cols, x, xOffset, ldx, y, yOffset, ldy);
    for (int i = 0; i < rows && cols > 0; i++) {
      SoftmaxRows.SELECTED.softmax(x, xOffset + i * ldx, y, yOffset + i * ldy, cols);
    }
  }

  /** Row-wise log-softmax: y = (x − max) − log Σ e^(x − max) over each row. */
  public static void logSoftmax(int rows, int cols, float[] x, int xOffset, int ldx,
      float[] y, int yOffset, int ldy) {
    checkRows(rows, cols, x, xOffset, ldx, y, yOffset, ldy);
    for (int i = 0; i < rows && cols > 0; i++) {
      SoftmaxRows.SELECTED.logSoftmax(x, xOffset + i * ldx, y, yOffset + i * ldy, cols);
    }
  }

  /** Fused forward of a dense layer: h[i][j] = g(z[i][j] + bias[j]); h may alias z. */
  public static void biasActivation(Activation g, float slope, int rows, int cols,
      float[] bias, int biasOffset, float[] z, int zOffset, int ldz, float[] h, int hOffset,
      int ldh) {
    requireNonNull("g", g);
    requireNonNull("bias", bias);
    requireNonNull("z", z);
    requireNonNull("h", h);
    requireNonNegative("rows", rows);
    requireNonNegative("cols", cols);
    requireRange("bias", bias.length, "biasOffset", biasOffset, cols);
    requireMatrix("z", z.length, "zOffset", zOffset, "ldz", ldz, rows, cols);
    requireMatrix("h", h.length, "hOffset", hOffset, "ldh", ldh, rows, cols);
    for (int i = 0; i < rows; i++) {
      int hRow = hOffset + i * ldh;
      // The row of h is written by the bias add and still in L1 when g reads it back.
      ELEMENTWISE.add(z, zOffset + i * ldz, bias, biasOffset, h, hRow, cols);
      if (g != Activation.IDENTITY) {
        applyChecked(g, slope, h, hRow, h, hRow, cols);
      }
    }
  }

  /**
   * Fused backward delta[i] = upstream[i] * g'(a_i), computed from the stored OUTPUT
   * h = g(a): sigmoid' = h(1-h), tanh' = 1-h², ReLU' = (h > 0 ? 1 : 0),
   * leaky = (h > 0 ? 1 : slope) with slope >= 0, identity = 1. delta may alias upstream,
   * and for arrays larger than the cache writing it over upstream (same array, same offset) is
   * the faster form: a separate delta array is read from memory before it is written.
   */
  public static void backward(Activation g, float slope, float[] upstream, int upstreamOffset,
      float[] h, int hOffset, float[] delta, int deltaOffset, int length) {
    requireNonNull("g", g);
    if (g == Activation.LEAKY_RELU) {
      requireBackwardSlope(slope);
    }
    checkBackward(upstream, upstreamOffset, h, hOffset, delta, deltaOffset, length);
    switch (g) {
      case IDENTITY:
        System.arraycopy(upstream, upstreamOffset, delta, deltaOffset, length);
        break;
      case RELU:
        KERNEL.reluBackward(upstream, upstreamOffset, h, hOffset, delta, deltaOffset, length);
        break;
      case LEAKY_RELU:
        KERNEL.leakyReluBackward(slope, upstream, upstreamOffset, h, hOffset, delta,
            deltaOffset, length);
        break;
      case SIGMOID:
        KERNEL.sigmoidBackward(upstream, upstreamOffset, h, hOffset, delta, deltaOffset,
            length);
        break;
      case TANH:
        KERNEL.tanhBackward(upstream, upstreamOffset, h, hOffset, delta, deltaOffset, length);
        break;
      default:
        throw new AssertionError(g);
    }
  }

  /** delta = upstream · (h > 0 ? 1 : 0); delta may alias upstream. */
  public static void reluBackward(float[] upstream, int upstreamOffset, float[] h, int hOffset,
      float[] delta, int deltaOffset, int length) {
    checkBackward(upstream, upstreamOffset, h, hOffset, delta, deltaOffset, length);
    KERNEL.reluBackward(upstream, upstreamOffset, h, hOffset, delta, deltaOffset, length);
  }

  /**
   * delta = upstream · (h > 0 ? 1 : slope); delta may alias upstream. The slope must be >= 0
   * (IllegalArgumentException otherwise): with a negative slope h > 0 no longer means a > 0.
   */
  public static void leakyReluBackward(float slope, float[] upstream, int upstreamOffset,
      float[] h, int hOffset, float[] delta, int deltaOffset, int length) {
    requireBackwardSlope(slope);
    checkBackward(upstream, upstreamOffset, h, hOffset, delta, deltaOffset, length);
    KERNEL.leakyReluBackward(slope, upstream, upstreamOffset, h, hOffset, delta, deltaOffset,
        length);
  }

  /** delta = upstream · h(1 − h); delta may alias upstream. */
  public static void sigmoidBackward(float[] upstream, int upstreamOffset, float[] h,
      int hOffset, float[] delta, int deltaOffset, int length) {
    checkBackward(upstream, upstreamOffset, h, hOffset, delta, deltaOffset, length);
    KERNEL.sigmoidBackward(upstream, upstreamOffset, h, hOffset, delta, deltaOffset, length);
  }

  /** delta = upstream · (1 − h²); delta may alias upstream. */
  public static void tanhBackward(float[] upstream, int upstreamOffset, float[] h,
      int hOffset, float[] delta, int deltaOffset, int length) {
    checkBackward(upstream, upstreamOffset, h, hOffset, delta, deltaOffset, length);
    KERNEL.tanhBackward(upstream, upstreamOffset, h, hOffset, delta, deltaOffset, length);
  }

  private static void applyChecked(Activation g, float slope, float[] x, int xOffset,
      float[] y, int yOffset, int length) {
    switch (g) {
      case IDENTITY:
        System.arraycopy(x, xOffset, y, yOffset, length);
        break;
      case RELU:
        KERNEL.relu(x, xOffset, y, yOffset, length);
        break;
      case LEAKY_RELU:
        KERNEL.leakyRelu(slope, x, xOffset, y, yOffset, length);
        break;
      case SIGMOID:
        KERNEL.sigmoid(x, xOffset, y, yOffset, length);
        break;
      case TANH:
        KERNEL.tanh(x, xOffset, y, yOffset, length);
        break;
      default:
        throw new AssertionError(g);
    }
  }

  private static void checkUnary(float[] x, int xOffset, float[] y, int yOffset, int length) {
    requireNonNull("x", x);
    requireNonNull("y", y);
    requireNonNegative("length", length);
    requireRange("x", x.length, "xOffset", xOffset, length);
    requireRange("y", y.length, "yOffset", yOffset, length);
  }

  private static void checkBackward(float[] upstream, int upstreamOffset, float[] h,
      int hOffset, float[] delta, int deltaOffset, int length) {
    requireNonNull("upstream", upstream);
    requireNonNull("h", h);
    requireNonNull("delta", delta);
    requireNonNegative("length", length);
    requireRange("upstream", upstream.length, "upstreamOffset", upstreamOffset, length);
    requireRange("h", h.length, "hOffset", hOffset, length);
    requireRange("delta", delta.length, "deltaOffset", deltaOffset, length);
  }

  private static void checkRows(int rows, int cols, float[] x, int xOffset, int ldx, float[] y,
      int yOffset, int ldy) {
    requireNonNull("x", x);
    requireNonNull("y", y);
    requireNonNegative("rows", rows);
    requireNonNegative("cols", cols);
    requireMatrix("x", x.length, "xOffset", xOffset, "ldx", ldx, rows, cols);
    requireMatrix("y", y.length, "yOffset", yOffset, "ldy", ldy, rows, cols);
  }
}
