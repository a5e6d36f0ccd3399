package dev.lanes.nn;

import dev.lanes.kernel.Activation;
import java.util.SplittableRandom;

/**
 * Seeded initial weights, drawn sequentially on one thread so that a seed always gives the
 * same bits. Biases start at zero. Uniform variants with the variances of the named schemes:
 * He (Var = 2 / ((1 + slope²) fan_in)) for ReLU and leaky ReLU, Glorot (Var = 2 / (fan_in +
 * fan_out)) for sigmoid, tanh and identity; U(−r, r) has variance r²/3.
 */
final class Initializer {
  private Initializer() {}

  static void initialize(DenseLayer[] layers, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (DenseLayer layer : layers) {
      double bound = bound(layer);
      for (int i = 0; i < layer.weights.length; i++) {
        layer.weights[i] = (float) ((2 * random.nextDouble() - 1) * bound);
      }
    }
  }

  private static double bound(DenseLayer layer) {
    switch (layer.activation) {
      case RELU:
        // He: r = √(6 / fan_in)
        return Math.sqrt(6.0 / layer.in);
      case LEAKY_RELU:
        // He for leaky ReLU: r = √(6 / ((1 + slope²) fan_in))
        return Math.sqrt(6.0 / ((1 + (double) layer.slope * layer.slope) * layer.in));
      default:
        // Glorot: r = √(6 / (fan_in + fan_out))
        return Math.sqrt(6.0 / (layer.in + layer.out));
    }
  }
}
