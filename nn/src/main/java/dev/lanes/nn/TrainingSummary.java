package dev.lanes.nn;

/** The outcome of {@link Trainer#fit}: the last epoch's mean loss and training accuracy. */
public record TrainingSummary(int epochs, long samples, double seconds, double loss,
    double accuracy) {
  public double samplesPerSecond() {
    return seconds == 0 ? 0 : samples / seconds;
  }
}
