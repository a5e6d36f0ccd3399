package dev.lanes.nn;

import dev.lanes.kernel.Activation;
import dev.lanes.kernel.Activations;
import dev.lanes.kernel.Elementwise;
import dev.lanes.kernel.Losses;
import java.util.Arrays;

/**
 * A stack of dense layers trained by backpropagation, following the lecture: forward
 * h_{k+1} = g(W_k h_k + b_k); backward δ_K = ∂L/∂h_K ∘ g'(a_K), ∂L/∂W_k = δ_{k+1} h_kᵀ,
 * ∂L/∂b_k = Σ δ_{k+1}, δ_k = W_kᵀ δ_{k+1} ∘ g'(a_k). Batches are row-major
 * {@code [batch × features]}. Workspaces are sized once per (largest) batch size. Not
 * thread-safe: one network serves one thread at a time.
 */
public final class Network {
  private final int inputSize;
  private final DenseLayer[] layers;
  private final Loss loss;
  private int capacity;
  /** ∂L/∂x, {@code [capacity × inputSize]}, filled by {@link #lossAndGradients}. */
  private float[] inputGradient = new float[0];
  /** Rows of the last backward pass; 0 before the first. */
  private int gradientRows;
  private boolean hasInputGradient;

  Network(int inputSize, DenseLayer[] layers, Loss loss) {
    this.inputSize = inputSize;
    this.layers = layers;
    this.loss = loss;
  }

  /** Starts describing a network whose input rows have {@code inputSize} features. */
  public static NetworkBuilder builder(int inputSize) {
    return new NetworkBuilder(inputSize);
  }

  public int inputSize() {
    return inputSize;
  }

  public int outputSize() {
    return layers[layers.length - 1].out;
  }

  public int layerCount() {
    return layers.length;
  }

  public Loss loss() {
    return loss;
  }

  public int layerInputSize(int layer) {
    return layer(layer).in;
  }

  public int layerOutputSize(int layer) {
    return layer(layer).out;
  }

  public Activation activation(int layer) {
    return layer(layer).activation;
  }

  /** The leaky ReLU slope of a layer (0 for other activations). */
  public float slope(int layer) {
    return layer(layer).slope;
  }

  /** A copy of W_k, {@code out × in} row-major. */
  public float[] weights(int layer) {
    return layer(layer).weights.clone();
  }

  /** A copy of b_k. */
  public float[] biases(int layer) {
    return layer(layer).biases.clone();
  }

  /** Replaces W_k ({@code out × in} row-major). */
  public void setWeights(int layer, float[] weights) {
    DenseLayer dense = layer(layer);
    Checks.requireLength("weights", weights, dense.weights.length);
    System.arraycopy(weights, 0, dense.weights, 0, weights.length);
  }

  /** Replaces b_k. */
  public void setBiases(int layer, float[] biases) {
    DenseLayer dense = layer(layer);
    Checks.requireLength("biases", biases, dense.biases.length);
    System.arraycopy(biases, 0, dense.biases, 0, biases.length);
  }

  /** A copy of ∂L/∂W_k from the last backward pass. */
  public float[] weightGradient(int layer) {
    requireGradients();
    return layer(layer).weightGradient.clone();
  }

  /** A copy of ∂L/∂b_k from the last backward pass. */
  public float[] biasGradient(int layer) {
    requireGradients();
    return layer(layer).biasGradient.clone();
  }

  /** A copy of ∂L/∂x, {@code [batch × inputSize]}, from the last {@link #lossAndGradients}. */
  public float[] inputGradient() {
    requireGradients();
    if (!hasInputGradient) {
      throw new IllegalStateException("the last backward pass was a training step, which skips"
          + " the input gradient; call lossAndGradients first");
    }
    return Arrays.copyOf(inputGradient, gradientRows * inputSize);
  }

  /**
   * The mean softmax cross-entropy of {@code batch} rows and their integer labels, and all
   * gradients (read them with {@link #weightGradient}, {@link #biasGradient},
   * {@link #inputGradient}); nothing is updated.
   */
  public double lossAndGradients(float[] inputs, int[] labels, int batch) {
    return lossAndGradients(inputs, 0, labels, 0, batch);
  }

  /** As {@link #lossAndGradients(float[], int[], int)}, reading from the given offsets. */
  public double lossAndGradients(float[] inputs, int inputsOffset, int[] labels,
      int labelsOffset, int batch) {
    checkLabels(inputs, inputsOffset, labels, labelsOffset, batch);
    return computeGradients(batch, inputs, inputsOffset, labels, labelsOffset, null, 0, true);
  }

  /** The mean squared error against float targets and all gradients; nothing is updated. */
  public double lossAndGradients(float[] inputs, float[] targets, int batch) {
    return lossAndGradients(inputs, 0, targets, 0, batch);
  }

  /** As {@link #lossAndGradients(float[], float[], int)}, reading from the given offsets. */
  public double lossAndGradients(float[] inputs, int inputsOffset, float[] targets,
      int targetsOffset, int batch) {
    checkTargets(inputs, inputsOffset, targets, targetsOffset, batch);
    return computeGradients(batch, inputs, inputsOffset, null, 0, targets, targetsOffset, true);
  }

  /**
   * One training step on {@code batch} rows with integer labels: forward, backward, a check
   * that the loss and every gradient are finite, then the optimizer's update. Returns the loss.
   *
   * @throws NonFiniteValueException (epoch and batch 0) before the update, which is skipped
   */
  public double trainStep(float[] inputs, int[] labels, int batch, SgdMomentum optimizer) {
    checkLabels(inputs, 0, labels, 0, batch);
    double value = computeGradients(batch, inputs, 0, labels, 0, null, 0, false);
    requireFinite(0, 0, value);
    optimizer.step(this);
    return value;
  }

  /** As {@link #trainStep(float[], int[], int, SgdMomentum)} with float targets (MSE). */
  public double trainStep(float[] inputs, float[] targets, int batch, SgdMomentum optimizer) {
    checkTargets(inputs, 0, targets, 0, batch);
    double value = computeGradients(batch, inputs, 0, null, 0, targets, 0, false);
    requireFinite(0, 0, value);
    optimizer.step(this);
    return value;
  }

  /**
   * The network's outputs for {@code batch} rows: class probabilities (the softmax) for
   * softmax cross-entropy, the last layer's h_K for mean squared error.
   */
  public float[] predict(float[] inputs, int batch) {
    // before the allocation, which would fail on a bad batch with a raw exception
    checkInputs(inputs, 0, batch);
    float[] outputs = new float[Checks.requireArrayLength("batch", batch, "outputSize",
        outputSize())];
    predict(inputs, 0, batch, outputs, 0);
    return outputs;
  }

  /** As {@link #predict(float[], int)}, into {@code outputs} from {@code outputsOffset}. */
  public void predict(float[] inputs, int inputsOffset, int batch, float[] outputs,
      int outputsOffset) {
    checkInputs(inputs, inputsOffset, batch);
    Checks.requireExtent("outputs", outputs.length, outputsOffset, (long) batch * outputSize());
    float[] top = forward(batch, inputs, inputsOffset);
    int out = outputSize();
    if (loss == Loss.SOFTMAX_CROSS_ENTROPY) {
      Activations.softmax(batch, out, top, 0, out, outputs, outputsOffset, out);
    } else {
      System.arraycopy(top, 0, outputs, outputsOffset, batch * out);
    }
  }

  /** The most likely class of each of {@code batch} rows (the arg max of the outputs). */
  public int[] classify(float[] inputs, int batch) {
    checkInputs(inputs, 0, batch);
    float[] top = forward(batch, inputs, 0);
    int[] classes = new int[batch];
    for (int r = 0; r < batch; r++) {
      classes[r] = argMax(top, r * outputSize(), outputSize());
    }
    return classes;
  }

  // ---- package-private: the trainer's and the evaluation's access without copies ----

  DenseLayer layerAt(int k) {
    return layers[k];
  }

  /** Runs the forward pass and returns the top layer's output array (rows from 0). */
  float[] forward(int batch, float[] inputs, int inputsOffset) {
    ensureCapacity(batch);
    float[] input = inputs;
    int offset = inputsOffset;
    for (DenseLayer layer : layers) {
      layer.forward(batch, input, offset);
      input = layer.output;
      offset = 0;
    }
    return input;
  }

  /**
   * Forward, loss and backward without checks or updates: labels for softmax cross-entropy,
   * targets for mean squared error. The input gradient is skipped unless asked for.
   */
  double computeGradients(int batch, float[] inputs, int inputsOffset, int[] labels,
      int labelsOffset, float[] targets, int targetsOffset, boolean withInputGradient) {
    float[] top = forward(batch, inputs, inputsOffset);
    DenseLayer last = layers[layers.length - 1];
    int out = last.out;
    // ∂L/∂h_K into the top layer's δ buffer
    double value = loss == Loss.SOFTMAX_CROSS_ENTROPY
        // L = mean −log softmax(h_K)_y; ∂L/∂h_K = (p − y)/batch, fused
        ? Losses.softmaxCrossEntropy(batch, out, top, 0, out, labels, labelsOffset,
            last.delta, 0, out)
        // L = mean (h_K − t)²; ∂L/∂h_K = 2(h_K − t)/(batch·out)
        : Losses.meanSquaredError(batch, out, top, 0, out, targets, targetsOffset, out,
            last.delta, 0, out);
    // δ_K = ∂L/∂h_K ∘ g'(a_K)
    last.deltaFromOutputGradient(batch);
    for (int k = layers.length - 1; k >= 0; k--) {
      DenseLayer layer = layers[k];
      float[] input = k == 0 ? inputs : layers[k - 1].output;
      int inputOffset = k == 0 ? inputsOffset : 0;
      float[] below = k > 0 ? layers[k - 1].delta : withInputGradient ? inputGradient : null;
      layer.backward(batch, input, inputOffset, below);
      if (k > 0) {
        // δ_k = W_kᵀ δ_{k+1} ∘ g'(a_k)
        layers[k - 1].deltaFromOutputGradient(batch);
      }
    }
    gradientRows = batch;
    hasInputGradient = withInputGradient;
    return value;
  }

  /** Checks the loss, then each layer's gradients from the top down, before any update. */
  void requireFinite(int epoch, int batch, double value) {
    int top = layers.length - 1;
    if (!Double.isFinite(value)) {
      throw new NonFiniteValueException(epoch, batch, top, "the loss at the output");
    }
    for (int k = top; k >= 0; k--) {
      DenseLayer layer = layers[k];
      if (!Double.isFinite(Elementwise.sumOfSquares(layer.weightGradient, 0,
          layer.weightGradient.length))) {
        throw new NonFiniteValueException(epoch, batch, k, "the weight gradient");
      }
      if (!Double.isFinite(Elementwise.sumOfSquares(layer.biasGradient, 0,
          layer.biasGradient.length))) {
        throw new NonFiniteValueException(epoch, batch, k, "the bias gradient");
      }
    }
  }

  static int argMax(float[] values, int offset, int length) {
    int best = 0;
    for (int j = 1; j < length; j++) {
      if (values[offset + j] > values[offset + best]) {
        best = j;
      }
    }
    return best;
  }

  private void checkLabels(float[] inputs, int inputsOffset, int[] labels, int labelsOffset,
      int batch) {
    if (loss != Loss.SOFTMAX_CROSS_ENTROPY) {
      throw new IllegalArgumentException("labels need the loss SOFTMAX_CROSS_ENTROPY; this"
          + " network's loss is " + loss + " (pass float targets)");
    }
    checkInputs(inputs, inputsOffset, batch);
    Checks.requireExtent("labels", labels.length, labelsOffset, batch);
    for (int r = 0; r < batch; r++) {
      int label = labels[labelsOffset + r];
      if (label < 0 || label >= outputSize()) {
        throw new IllegalArgumentException("labels[" + (labelsOffset + r) + "]=" + label
            + " must be in 0.." + (outputSize() - 1));
      }
    }
  }

  private void checkTargets(float[] inputs, int inputsOffset, float[] targets, int targetsOffset,
      int batch) {
    if (loss != Loss.MEAN_SQUARED_ERROR) {
      throw new IllegalArgumentException("float targets need the loss MEAN_SQUARED_ERROR; this"
          + " network's loss is " + loss + " (pass integer labels)");
    }
    checkInputs(inputs, inputsOffset, batch);
    Checks.requireExtent("targets", targets.length, targetsOffset, (long) batch * outputSize());
  }

  private void checkInputs(float[] inputs, int inputsOffset, int batch) {
    Checks.requirePositive("batch", batch);
    Checks.requireExtent("inputs", inputs.length, inputsOffset, (long) batch * inputSize);
  }

  private void ensureCapacity(int batch) {
    if (batch > capacity) {
      for (DenseLayer layer : layers) {
        layer.ensureCapacity(batch);
      }
      // a copy: ∂L/∂x of the last backward pass stays readable after a larger forward pass
      inputGradient = Arrays.copyOf(inputGradient,
          Checks.requireArrayLength("batch", batch, "inputSize", inputSize));
      capacity = batch;
    }
  }

  private DenseLayer layer(int k) {
    if (k < 0 || k >= layers.length) {
      throw new IllegalArgumentException(
          "layer=" + k + " must be in 0.." + (layers.length - 1));
    }
    return layers[k];
  }

  private void requireGradients() {
    if (gradientRows == 0) {
      throw new IllegalStateException("no gradients yet: call lossAndGradients first");
    }
  }
}
