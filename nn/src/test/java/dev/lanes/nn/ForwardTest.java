package dev.lanes.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lanes.kernel.Activation;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** predict against a naive double-precision forward pass written from the equations. */
class ForwardTest {
  @ParameterizedTest
  @EnumSource(Activation.class)
  void predictMatchesANaiveDoubleForwardPass(Activation activation) {
    int batch = 7;
    Network network = Network.builder(9).dense(13, activation, 0.2f).dense(5, activation, 0.2f)
        .loss(Loss.SOFTMAX_CROSS_ENTROPY).seed(11).build();
    SplittableRandom random = new SplittableRandom(2);
    float[] inputs = new float[batch * 9];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = (float) random.nextDouble(-2, 2);
    }
    for (int k = 0; k < 2; k++) {
      float[] biases = new float[network.layerOutputSize(k)];
      for (int o = 0; o < biases.length; o++) {
        biases[o] = (float) random.nextDouble(-1, 1);
      }
      network.setBiases(k, biases);
    }
    float[] probabilities = network.predict(inputs, batch);
    for (int r = 0; r < batch; r++) {
      double[] h = new double[9];
      for (int i = 0; i < 9; i++) {
        h[i] = inputs[r * 9 + i];
      }
      for (int k = 0; k < 2; k++) {
        float[] w = network.weights(k);
        float[] b = network.biases(k);
        double[] next = new double[b.length];
        for (int o = 0; o < b.length; o++) {
          // h_{k+1} = g(W_k h_k + b_k)
          double a = b[o];
          for (int i = 0; i < h.length; i++) {
            a += w[o * h.length + i] * h[i];
          }
          next[o] = g(activation, a, 0.2);
        }
        h = next;
      }
      double max = Double.NEGATIVE_INFINITY;
      for (double value : h) {
        max = Math.max(max, value);
      }
      double sum = 0;
      for (double value : h) {
        sum += Math.exp(value - max);
      }
      for (int o = 0; o < 5; o++) {
        assertEquals(Math.exp(h[o] - max) / sum, probabilities[r * 5 + o], 2e-6,
            "row " + r + " class " + o);
      }
    }
  }

  private static double g(Activation activation, double a, double slope) {
    switch (activation) {
      case RELU:
        return Math.max(0, a);
      case LEAKY_RELU:
        return a > 0 ? a : slope * a;
      case SIGMOID:
        return 1 / (1 + Math.exp(-a));
      case TANH:
        return Math.tanh(a);
      default:
        return a;
    }
  }
}
