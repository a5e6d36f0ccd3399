package dev.lanes.kernel;

import static dev.lanes.kernel.internal.ElementwiseChecks.requireMatrix;
import static dev.lanes.kernel.internal.ElementwiseChecks.requireNonNegative;
import static dev.lanes.kernel.internal.ElementwiseChecks.requireNonNull;
import static dev.lanes.kernel.internal.ElementwiseChecks.requireRange;

import dev.lanes.kernel.internal.ElementwiseKernel;
import dev.lanes.kernel.internal.SelectedKernels;
import dev.lanes.kernel.internal.SoftmaxRows;

/**
 * Losses over a batch stored as a row-major rows x cols matrix (one example per row), each
 * with its fused gradient. The loss is accumulated in double. The gradient may alias the
 * predictions or logits exactly (same array, offset and leading dimension). A batch of no
 * rows (or no elements) has loss 0. Bad arguments throw before anything is written.
 */
public final class Losses {
  private static final ElementwiseKernel ELEMENTWISE = SelectedKernels.ELEMENTWISE;

  private Losses() {}

  /**
   * Mean over rows of −log softmax(logits_i)[labels_i], computed through log-softmax so it
   * stays finite when p underflows; if gradient != null writes
   * (softmax(logits) − onehot(label)) / rows into it (may alias logits).
   *
   * @throws IllegalArgumentException naming the row and label when a label is outside
   *     [0, cols)
   */
  public static double softmaxCrossEntropy(int rows, int cols, float[] logits, int logitsOffset,
      int ldLogits, int[] labels, int labelsOffset, float[] gradient, int gradientOffset,
      int ldGradient) {
    requireNonNull("logits", logits);
    requireNonNull("labels", labels);
    requireNonNegative("rows", rows);
    requireNonNegative("cols", cols);
    requireMatrix("logits", logits.length, "logitsOffset", logitsOffset, "ldLogits", ldLogits,
        rows, cols);
    requireRange("labels", labels.length, "labelsOffset", labelsOffset, rows);
    if (gradient != null) {
      requireMatrix("gradient", gradient.length, "gradientOffset", gradientOffset,
          "ldGradient", ldGradient, rows, cols);
    }
    for (int i = 0; i < rows; i++) {
      int label = labels[labelsOffset + i];
      if (label < 0 || label >= cols) {
        throw new IllegalArgumentException("labels[labelsOffset + " + i + "]=" + label
            + " (row " + i + ") must be in [0, cols=" + cols + ")");
      }
    }
    if (rows == 0) {
      return 0;
    }
    double scale = 1.0 / rows;
    double total = 0;
    for (int i = 0; i < rows; i++) {
      total += SoftmaxRows.SELECTED.crossEntropy(logits, logitsOffset + i * ldLogits, cols,
          labels[labelsOffset + i], gradient, gradientOffset + i * ldGradient, scale);
    }
    return total * scale;
  }

  /**
   * Mean over all rows*cols elements of (p − t)²; if gradient != null writes
   * 2(p − t)/(rows*cols) (may alias predictions or targets). The squares are added in float
   * within blocks of 1024 elements of a row, so the loss is infinite once such a block's sum
   * passes 3.4e38.
   */
  public static double meanSquaredError(int rows, int cols, float[] predictions,
      int predictionsOffset, int ldPredictions, float[] targets, int targetsOffset,
      int ldTargets, float[] gradient, int gradientOffset, int ldGradient) {
    requireNonNull("predictions", predictions);
    requireNonNull("targets", targets);
    requireNonNegative("rows", rows);
    requireNonNegative("cols", cols);
    requireMatrix("predictions", predictions.length, "predictionsOffset", predictionsOffset,
        "ldPredictions", ldPredictions, rows, cols);
    requireMatrix("targets", targets.length, "targetsOffset", targetsOffset, "ldTargets",
        ldTargets, rows, cols);
    if (gradient != null) {
      requireMatrix("gradient", gradient.length, "gradientOffset", gradientOffset,
          "ldGradient", ldGradient, rows, cols);
    }
    double count = (double) rows * cols;
    if (count == 0) {
      return 0;
    }
    float gradientScale = (float) (2 / count);
    double total = 0;
    for (int i = 0; i < rows; i++) {
      total += ELEMENTWISE.squaredError(predictions, predictionsOffset + i * ldPredictions,
          targets, targetsOffset + i * ldTargets, gradient, gradientOffset + i * ldGradient,
          gradientScale, cols);
    }
    return total / count;
  }
}
