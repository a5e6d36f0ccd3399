package dev.lanes.nn;

/** The loss a network is trained with; both are means over the batch. */
public enum Loss {
  /**
   * Softmax of the network's output, then the mean over the rows of −log p_y for integer class
   * labels y. The gradient with respect to the output is the fused (p − y)/batch.
   */
  SOFTMAX_CROSS_ENTROPY,
  /** The mean over all elements of (output − target)² for float targets. */
  MEAN_SQUARED_ERROR
}
