package dev.lanes.nn;

import dev.lanes.kernel.Activation;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Describes a network layer by layer; {@link #build()} draws the initial weights from the seed
 * (He for ReLU and leaky ReLU, Glorot for the others; biases zero).
 */
public final class NetworkBuilder {
  /** The leaky ReLU slope used when none is given. */
  public static final float DEFAULT_LEAKY_SLOPE = 0.01f;

  private final int inputSize;
  /** The layers described so far; their weights are allocated by build() alone. */
  private final List<LayerShape> layers = new ArrayList<>();
  private Loss loss = Loss.SOFTMAX_CROSS_ENTROPY;
  private long seed = 1;

  NetworkBuilder(int inputSize) {
    this.inputSize = Checks.requirePositive("inputSize", inputSize);
  }

  /** Adds a dense layer of {@code units} outputs (leaky ReLU gets slope 0.01). */
  public NetworkBuilder dense(int units, Activation activation) {
    return dense(units, activation, DEFAULT_LEAKY_SLOPE);
  }

  /**
   * Adds a dense layer; {@code slope} is the leaky ReLU's slope for negative inputs, finite and
   * at least 0 (the backward pass takes the derivative from the sign of the output h, which a
   * negative slope would flip: {@code a < 0} would give {@code h = slope·a > 0}).
   *
   * @throws IllegalArgumentException for a bad argument, or when the layer's
   *     {@code units × in} weights would not fit one Java array
   */
  public NetworkBuilder dense(int units, Activation activation, float slope) {
    Checks.requirePositive("units", units);
    Objects.requireNonNull(activation, "activation");
    Checks.requireFinite("slope", slope);
    if (slope < 0) {
      throw new IllegalArgumentException("slope=" + slope + " must be >= 0: the leaky ReLU's"
          + " derivative is taken from the sign of its output, which a negative slope flips");
    }
    int in = layers.isEmpty() ? inputSize : layers.get(layers.size() - 1).out();
    // before any weights are allocated, whose int length out·in would wrap
    Checks.requireArrayLength("units", units, "in", in);
    layers.add(new LayerShape(in, units, activation,
        activation == Activation.LEAKY_RELU ? slope : 0f));
    return this;
  }

  /** The training loss; softmax cross-entropy by default. */
  public NetworkBuilder loss(Loss loss) {
    this.loss = Objects.requireNonNull(loss, "loss");
    return this;
  }

  /** The seed of the initial weights; 1 by default. */
  public NetworkBuilder seed(long seed) {
    this.seed = seed;
    return this;
  }

  public Network build() {
    if (layers.isEmpty()) {
      throw new IllegalStateException("a network needs at least one dense layer");
    }
    DenseLayer[] built = new DenseLayer[layers.size()];
    for (int k = 0; k < built.length; k++) {
      LayerShape layer = layers.get(k);
      built[k] = new DenseLayer(layer.in(), layer.out(), layer.activation(), layer.slope());
    }
    Initializer.initialize(built, seed);
    return new Network(inputSize, built, loss);
  }

  /** What build() needs to make a layer, without the layer's arrays. */
  private record LayerShape(int in, int out, Activation activation, float slope) {}
}
