package dev.lanes.nn;

/**
 * Training produced a NaN or infinite loss or gradient. The update of that step was not
 * applied: the weights are those of the last good step.
 */
public final class NonFiniteValueException extends ArithmeticException {
  private static final long serialVersionUID = 1L;

  private final int epoch;
  private final int batch;
  private final int layer;

  NonFiniteValueException(int epoch, int batch, int layer, String quantity) {
    super(quantity + " of layer " + layer + " is NaN or infinite at epoch " + epoch + ", batch "
        + batch + "; the weights are left at the last good step");
    this.epoch = epoch;
    this.batch = batch;
    this.layer = layer;
  }

  /** The 1-based epoch. */
  public int epoch() {
    return epoch;
  }

  /** The 1-based batch within the epoch. */
  public int batch() {
    return batch;
  }

  /** The 0-based layer whose loss or gradient went non-finite. */
  public int layer() {
    return layer;
  }
}
