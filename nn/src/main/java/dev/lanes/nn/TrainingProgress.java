package dev.lanes.nn;

/** Where training stands; reused by the trainer, valid during a listener call. */
public final class TrainingProgress {
  int epoch;
  int epochs;
  int batch;
  int batches;
  double loss;
  double accuracy;
  long samples;
  long elapsedNanos;

  TrainingProgress() {}

  /** The 1-based epoch. */
  public int epoch() {
    return epoch;
  }

  public int epochs() {
    return epochs;
  }

  /** The 1-based batch within the epoch (at the end of an epoch: the last one). */
  public int batch() {
    return batch;
  }

  /** Batches per epoch. */
  public int batches() {
    return batches;
  }

  /** The batch's mean loss, or at the end of an epoch the mean over its samples. */
  public double loss() {
    return loss;
  }

  /**
   * The fraction of correctly classified training rows of the batch or the epoch (NaN for
   * mean squared error).
   */
  public double accuracy() {
    return accuracy;
  }

  /** Samples trained since the start of training. */
  public long samples() {
    return samples;
  }

  /** Seconds since the start of training. */
  public double elapsedSeconds() {
    return elapsedNanos * 1e-9;
  }

  /** Training throughput since the start. */
  public double samplesPerSecond() {
    return elapsedNanos == 0 ? 0 : samples / (elapsedNanos * 1e-9);
  }
}
