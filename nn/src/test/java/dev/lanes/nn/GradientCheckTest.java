package dev.lanes.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanes.kernel.Activation;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;

/**
 * The gradients of backpropagation against double-precision central differences of the loss,
 * for every activation (in the hidden layers and at the output) with every loss, on a small
 * network 5-6-4-3 and a batch of 4 rows; and proof that the rule rejects a wrong gradient.
 */
class GradientCheckTest {
  private static final int BATCH = 4;
  private static final int INPUTS = 5;
  private static final int OUTPUTS = 3;

  static Stream<Arguments> activationsAndLosses() {
    Stream.Builder<Arguments> cases = Stream.builder();
    for (Activation activation : Activation.values()) {
      for (Loss loss : Loss.values()) {
        cases.add(Arguments.of(activation, loss));
      }
    }
    return cases.build();
  }

  @ParameterizedTest
  @MethodSource("activationsAndLosses")
  void backpropagationMatchesFiniteDifferences(Activation activation, Loss loss) {
    Problem problem = new Problem(activation, loss, 7);
    Network network = problem.network;
    float[][] weightGradients = problem.weightGradients();
    float[][] biasGradients = new float[network.layerCount()][];
    for (int k = 0; k < network.layerCount(); k++) {
      biasGradients[k] = network.biasGradient(k);
    }
    float[] inputGradient = network.inputGradient();
    double worst = 0;
    for (int k = 0; k < network.layerCount(); k++) {
      int layer = k;
      float[] weights = network.weights(k);
      worst = Math.max(worst, requireMatch("dW" + k, weightGradients[k], FiniteDifferences
          .gradient(weights, () -> network.setWeights(layer, weights), problem::loss)));
      float[] biases = network.biases(k);
      worst = Math.max(worst, requireMatch("db" + k, biasGradients[k], FiniteDifferences
          .gradient(biases, () -> network.setBiases(layer, biases), problem::loss)));
    }
    worst = Math.max(worst, requireMatch("dx", inputGradient,
        FiniteDifferences.gradient(problem.inputs, () -> { }, problem::loss)));
    System.out.printf("%s %s: worst error / tolerance = %.3f%n", activation, loss, worst);
  }

  /** The same rule fails once any single (not tiny) weight-gradient entry is off by 5 %. */
  @ParameterizedTest
  @MethodSource("activationsAndLosses")
  void aSlightlyWrongGradientFailsTheCheck(Activation activation, Loss loss) {
    Problem problem = new Problem(activation, loss, 7);
    Network network = problem.network;
    float[][] gradients = problem.weightGradients();
    int checked = 0;
    for (int k = 0; k < network.layerCount(); k++) {
      int layer = k;
      float[] weights = network.weights(k);
      float[] analytic = gradients[k];
      double[] numeric = FiniteDifferences.gradient(weights,
          () -> network.setWeights(layer, weights), problem::loss);
      assertEquals(-1, FiniteDifferences.firstMismatch(analytic, numeric));
      for (int i = 0; i < analytic.length; i++) {
        // entries where 5 % surely exceeds the tolerance plus the error already there:
        // 0.05|g| − (ABSOLUTE + RELATIVE|g|) > ABSOLUTE + RELATIVE|g| when 0.03|g| > 2 ABSOLUTE
        if (0.03 * Math.abs(numeric[i]) > 2 * FiniteDifferences.ABSOLUTE) {
          float[] wrong = analytic.clone();
          wrong[i] *= 1.05f;
          assertEquals(i, FiniteDifferences.firstMismatch(wrong, numeric),
              "a 5 % error at dW" + k + "[" + i + "] must fail");
          checked++;
        }
      }
    }
    assertTrue(checked >= 5, "too few entries large enough to test: " + checked);
  }

  private static double requireMatch(String name, float[] analytic, double[] numeric) {
    int mismatch = FiniteDifferences.firstMismatch(analytic, numeric);
    assertEquals(-1, mismatch, () -> name + "[" + mismatch + "]: analytic "
        + analytic[mismatch] + " vs numeric " + numeric[mismatch]);
    return FiniteDifferences.worstRatio(analytic, numeric);
  }

  /** A small network, inputs and labels or targets, and its loss via the public API. */
  static final class Problem {
    final Network network;
    final float[] inputs = new float[BATCH * INPUTS];
    final int[] labels = new int[BATCH];
    final float[] targets = new float[BATCH * OUTPUTS];

    Problem(Activation activation, Loss loss, long seed) {
      network = Network.builder(INPUTS).dense(6, activation, 0.1f).dense(4, activation, 0.1f)
          .dense(OUTPUTS, activation, 0.1f).loss(loss).seed(seed).build();
      SplittableRandom random = new SplittableRandom(seed);
      for (int i = 0; i < inputs.length; i++) {
        inputs[i] = (float) random.nextDouble(-1, 1);
      }
      for (int k = 0; k < network.layerCount(); k++) {
        float[] biases = new float[network.layerOutputSize(k)];
        for (int o = 0; o < biases.length; o++) {
          biases[o] = (float) random.nextDouble(-0.5, 0.5);
        }
        network.setBiases(k, biases);
      }
      for (int r = 0; r < BATCH; r++) {
        labels[r] = random.nextInt(OUTPUTS);
      }
      for (int i = 0; i < targets.length; i++) {
        targets[i] = (float) random.nextDouble(-1, 1);
      }
    }

    /** Runs one backward pass and returns every ∂L/∂W_k. */
    float[][] weightGradients() {
      loss();
      float[][] gradients = new float[network.layerCount()][];
      for (int k = 0; k < network.layerCount(); k++) {
        gradients[k] = network.weightGradient(k);
      }
      return gradients;
    }

    double loss() {
      return network.loss() == Loss.SOFTMAX_CROSS_ENTROPY
          ? network.lossAndGradients(inputs, labels, BATCH)
          : network.lossAndGradients(inputs, targets, BATCH);
    }
  }
}
