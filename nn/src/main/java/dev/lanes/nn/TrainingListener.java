package dev.lanes.nn;

/**
 * Progress callbacks of a {@link Trainer}. The progress object is reused by the trainer (no
 * allocation per step): read it during the call, do not keep it.
 */
public interface TrainingListener {
  /** After each update: the loss and accuracy of that batch. */
  default void batchEnd(TrainingProgress progress) {}

  /** After each epoch: the mean loss and the accuracy over the epoch's batches. */
  default void epochEnd(TrainingProgress progress) {}
}
