package dev.lanes.kernel;

/** The activation functions g of a dense layer, h = g(a). */
public enum Activation {
  /** g(a) = a. */
  IDENTITY,
  /** g(a) = max(a, 0). */
  RELU,
  /** g(a) = a for a > 0, slope·a otherwise. */
  LEAKY_RELU,
  /** g(a) = 1/(1 + e^−a). */
  SIGMOID,
  /** g(a) = tanh a. */
  TANH
}
