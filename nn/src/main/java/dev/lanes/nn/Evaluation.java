package dev.lanes.nn;

import dev.lanes.kernel.Losses;

/**
 * A network's mean loss on a held-out data set and, for classification, its accuracy and
 * confusion matrix (row = true class, column = predicted class).
 */
public final class Evaluation {
  private static final int BATCH = 256;

  private final int rows;
  private final double loss;
  private final int[][] confusion;

  private Evaluation(int rows, double loss, int[][] confusion) {
    this.rows = rows;
    this.loss = loss;
    this.confusion = confusion;
  }

  /** Evaluates {@code network} on every row of {@code data}, in batches, updating nothing. */
  public static Evaluation of(Network network, Dataset data) {
    if (data.features() != network.inputSize()) {
      throw new IllegalArgumentException("data.features()=" + data.features()
          + " must equal the network's inputSize()=" + network.inputSize());
    }
    int out = network.outputSize();
    boolean classification = data.isClassification();
    if (classification != (network.loss() == Loss.SOFTMAX_CROSS_ENTROPY)
        || (classification && data.classes() > out)
        || (!classification && data.targetSize() != out)) {
      throw new IllegalArgumentException("the data set does not fit the network's loss "
          + network.loss() + " and " + out + " outputs");
    }
    int[][] confusion = classification ? new int[out][out] : null;
    double lossSum = 0;
    for (int from = 0; from < data.rows(); from += BATCH) {
      int batch = Math.min(BATCH, data.rows() - from);
      float[] top = network.forward(batch, data.inputArray(), from * data.features());
      if (classification) {
        lossSum += batch * Losses.softmaxCrossEntropy(batch, out, top, 0, out,
            data.labelArray(), from, null, 0, out);
        for (int r = 0; r < batch; r++) {
          confusion[data.labelArray()[from + r]][Network.argMax(top, r * out, out)]++;
        }
      } else {
        lossSum += batch * Losses.meanSquaredError(batch, out, top, 0, out, data.targetArray(),
            from * out, out, null, 0, out);
      }
    }
    return new Evaluation(data.rows(), lossSum / data.rows(), confusion);
  }

  public int rows() {
    return rows;
  }

  /** The mean loss over all rows. */
  public double loss() {
    return loss;
  }

  /** The fraction of rows whose arg max output is the label (classification only). */
  public double accuracy() {
    requireClassification();
    long correct = 0;
    for (int c = 0; c < confusion.length; c++) {
      correct += confusion[c][c];
    }
    return (double) correct / rows;
  }

  /** A copy of the confusion matrix: [true class][predicted class] counts. */
  public int[][] confusionMatrix() {
    requireClassification();
    int[][] copy = new int[confusion.length][];
    for (int c = 0; c < confusion.length; c++) {
      copy[c] = confusion[c].clone();
    }
    return copy;
  }

  private void requireClassification() {
    if (confusion == null) {
      throw new IllegalStateException("accuracy and confusion need a classification data set");
    }
  }
}
