package dev.lanes.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lanes.kernel.Activation;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Δ ← μΔ + (∂L/∂W + λW); W ← W − ηΔ against hand-computed steps and a double reference. */
class SgdMomentumTest {
  /**
   * One weight w, one bias b, identity, MSE on x = 1, t = 0: L = (w + b)², ∂L/∂w = ∂L/∂b =
   * 2(w + b). η = 0.1, μ = 0.9, λ = 0.01, from w = 1, b = 0, worked by hand:
   * step 1: g = 2; Δw = 2 + 0.01 = 2.01, w = 0.799; Δb = 2, b = −0.2.
   * step 2: g = 2(0.599) = 1.198; Δw = 1.809 + 1.198 + 0.00799 = 3.01499, w = 0.497501;
   * Δb = 1.8 + 1.198 = 2.998, b = −0.4998.
   */
  @Test
  void twoStepsMatchTheHandComputation() {
    Network network = single();
    SgdMomentum optimizer = new SgdMomentum(0.1f, 0.9f, 0.01f);
    twoSteps(network, optimizer);
    assertEquals(0.497501f, network.weights(0)[0], 1e-6f);
    assertEquals(-0.4998f, network.biases(0)[0], 1e-6f);
    assertEquals(2, optimizer.steps());
  }

  /** With decay on biases: step 2's Δb = 1.8 + 1.198 + 0.01(−0.2) = 2.996, b = −0.4996. */
  @Test
  void biasDecayIsOptional() {
    Network network = single();
    twoSteps(network, new SgdMomentum(0.1f, 0.9f, 0.01f).decayBiases(true));
    assertEquals(0.497501f, network.weights(0)[0], 1e-6f);
    assertEquals(-0.4996f, network.biases(0)[0], 1e-6f);
  }

  /** Five steps of a small network with a schedule, against the rule computed in double. */
  @Test
  void manyStepsWithAScheduleMatchADoubleReference() {
    Network network = Network.builder(3).dense(4, Activation.TANH).dense(2, Activation.IDENTITY)
        .loss(Loss.MEAN_SQUARED_ERROR).seed(3).build();
    List<Long> seenSteps = new ArrayList<>();
    SgdMomentum optimizer = new SgdMomentum(0.1f, 0.8f, 0.05f).schedule((epoch, step) -> {
      seenSteps.add(step);
      return 0.2f / (1 + step);
    });
    SplittableRandom random = new SplittableRandom(5);
    float[] inputs = new float[6 * 3];
    float[] targets = new float[6 * 2];
    for (int i = 0; i < inputs.length; i++) {
      inputs[i] = (float) random.nextDouble(-1, 1);
    }
    for (int i = 0; i < targets.length; i++) {
      targets[i] = (float) random.nextDouble(-1, 1);
    }
    double[][] w = new double[2][];
    double[][] v = new double[2][];
    for (int k = 0; k < 2; k++) {
      w[k] = toDouble(network.weights(k));
      v[k] = new double[w[k].length];
    }
    for (int step = 0; step < 5; step++) {
      network.lossAndGradients(inputs, targets, 6);
      double eta = 0.2f / (1 + step);
      for (int k = 0; k < 2; k++) {
        float[] g = network.weightGradient(k);
        for (int i = 0; i < g.length; i++) {
          // the reference starts each step from the network's float weights
          double weight = network.weights(k)[i];
          v[k][i] = 0.8 * v[k][i] + (g[i] + 0.05 * weight);
          w[k][i] = weight - eta * v[k][i];
        }
      }
      optimizer.step(network, 1);
      for (int k = 0; k < 2; k++) {
        float[] actual = network.weights(k);
        for (int i = 0; i < actual.length; i++) {
          assertEquals(w[k][i], actual[i], 1e-6, "step " + step + " W" + k + "[" + i + "]");
        }
      }
    }
    assertEquals(List.of(0L, 1L, 2L, 3L, 4L), seenSteps);
  }

  @Test
  void badSettingsAreRejectedWithTheirValues() {
    assertEquals("momentum=1.0 must be in [0, 1)",
        assertThrows(IllegalArgumentException.class, () -> new SgdMomentum(0.1f, 1f, 0))
            .getMessage());
    assertThrows(IllegalArgumentException.class, () -> new SgdMomentum(-0.1f, 0.9f, 0));
    assertThrows(IllegalArgumentException.class, () -> new SgdMomentum(0.1f, 0.9f, -1));
    SgdMomentum optimizer = new SgdMomentum(0.1f, 0.9f, 0);
    Network network = single();
    network.lossAndGradients(new float[] {1}, new float[] {0}, 1);
    optimizer.step(network);
    float[] before = network.weights(0);
    assertThrows(IllegalArgumentException.class, () -> optimizer.step(single()));
    assertArrayEquals(before, network.weights(0));
  }

  private static Network single() {
    Network network = Network.builder(1).dense(1, Activation.IDENTITY)
        .loss(Loss.MEAN_SQUARED_ERROR).build();
    network.setWeights(0, new float[] {1});
    network.setBiases(0, new float[] {0});
    return network;
  }

  private static void twoSteps(Network network, SgdMomentum optimizer) {
    for (int step = 0; step < 2; step++) {
      network.lossAndGradients(new float[] {1}, new float[] {0}, 1);
      optimizer.step(network);
    }
  }

  private static double[] toDouble(float[] values) {
    double[] result = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = values[i];
    }
    return result;
  }
}
