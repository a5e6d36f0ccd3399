package dev.lanes.nn;

/** The learning rate η for a training step; constant unless the user supplies a schedule. */
@FunctionalInterface
public interface LearningRateSchedule {
  /**
   * @param epoch the 1-based epoch (0 outside a trainer)
   * @param step the number of updates made before this one
   */
  float learningRate(int epoch, long step);

  /** η for every step. */
  static LearningRateSchedule constant(float learningRate) {
    if (!(learningRate >= 0) || !Float.isFinite(learningRate)) {
      throw new IllegalArgumentException(
          "learningRate=" + learningRate + " must be finite and >= 0");
    }
    return (epoch, step) -> learningRate;
  }
}
