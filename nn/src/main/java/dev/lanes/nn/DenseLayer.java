package dev.lanes.nn;

import dev.lanes.kernel.Activation;
import dev.lanes.kernel.Activations;
import dev.lanes.kernel.Elementwise;
import dev.lanes.kernel.Gemm;
import dev.lanes.kernel.Transpose;

/**
 * Layer k of the lecture: a_{k+1} = W_k h_k + b_k, h_{k+1} = g(a_{k+1}), on row-major batches
 * {@code [batch × features]}. W_k is {@code out × in} row-major (W[o][i] connects input i to
 * output o, PyTorch's nn.Linear layout). The workspaces hold {@code capacity} rows and are
 * sized once per batch size by {@link #ensureCapacity(int)}.
 */
final class DenseLayer {
  final int in;
  final int out;
  final Activation activation;
  final float slope;
  final float[] weights;
  final float[] biases;
  final float[] weightGradient;
  final float[] biasGradient;
  /** h_{k+1} = g(a_{k+1}), {@code [capacity × out]}. */
  float[] output = new float[0];
  /** ∂L/∂h_{k+1}, turned in place into δ_{k+1} = ∂L/∂a_{k+1}, {@code [capacity × out]}. */
  float[] delta = new float[0];

  DenseLayer(int in, int out, Activation activation, float slope) {
    this.in = in;
    this.out = out;
    this.activation = activation;
    this.slope = slope;
    this.weights = new float[out * in];
    this.biases = new float[out];
    this.weightGradient = new float[out * in];
    this.biasGradient = new float[out];
  }

  void ensureCapacity(int rows) {
    int length = Checks.requireArrayLength("batch", rows, "out", out);
    if (output.length < length) {
      output = new float[length];
      delta = new float[length];
    }
  }

  /** Computes {@link #output} for {@code batch} rows of h_k read from {@code input}. */
  void forward(int batch, float[] input, int inputOffset) {
    // a_{k+1} = W_k h_k (+ b_k below): Z = H·Wᵀ for row-major batches
    Gemm.sgemm(Transpose.NO_TRANS, Transpose.TRANS, batch, out, in, 1f, input, inputOffset, in,
        weights, 0, in, 0f, output, 0, out);
    // h_{k+1} = g(a_{k+1}) with a_{k+1} = Z + b_k, fused, in place
    Activations.biasActivation(activation, slope, batch, out, biases, 0, output, 0, out,
        output, 0, out);
  }

  /** Turns ∂L/∂h_{k+1} in {@link #delta} into δ_{k+1}, in place. */
  void deltaFromOutputGradient(int batch) {
    if (activation != Activation.IDENTITY) {
      // δ = ∂L/∂h ∘ g'(a), g' taken from the stored output h = g(a)
      Activations.backward(activation, slope, delta, 0, output, 0, delta, 0, batch * out);
    }
  }

  /**
   * From δ_{k+1} in {@link #delta} and h_k in {@code input}: the parameter gradients and,
   * when {@code inputGradient} is not null, ∂L/∂h_k = W_kᵀ δ_{k+1} (row-major: δ·W).
   */
  void backward(int batch, float[] input, int inputOffset, float[] inputGradient) {
    // ∂L/∂W_k = δ_{k+1} h_kᵀ, summed over the batch: dW = δᵀ·H
    Gemm.sgemm(Transpose.TRANS, Transpose.NO_TRANS, out, in, batch, 1f, delta, 0, out, input,
        inputOffset, in, 0f, weightGradient, 0, in);
    // ∂L/∂b_k = column sums of δ_{k+1}
    Elementwise.columnSums(batch, out, delta, 0, out, biasGradient, 0);
    if (inputGradient != null) {
      // W_kᵀ δ_{k+1}, the first factor of δ_k = W_kᵀ δ_{k+1} ∘ g'(a_k): row-major δ·W
      Gemm.sgemm(Transpose.NO_TRANS, Transpose.NO_TRANS, batch, in, out, 1f, delta, 0, out,
          weights, 0, in, 0f, inputGradient, 0, in);
    }
  }
}
