package dev.lanes.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanes.kernel.Activation;
import org.junit.jupiter.api.Test;

/** The state a network keeps between calls, and the arguments and sizes it rejects. */
class NetworkTest {
  @Test
  void theInputGradientSurvivesALargerForwardPass() {
    // one row, one output, L = (w·x + b − t)², so ∂L/∂x = 2(w·x + b − t)·w
    Network network = Network.builder(2).dense(1, Activation.IDENTITY)
        .loss(Loss.MEAN_SQUARED_ERROR).build();
    network.setWeights(0, new float[] {0.5f, -2f});
    network.setBiases(0, new float[] {0.25f});
    network.lossAndGradients(new float[] {1f, 1f}, new float[] {0f}, 1);
    // w·x + b − t = 0.5 − 2 + 0.25 = −1.25, so ∂L/∂x = −2.5·(0.5, −2), exact in float
    float[] expected = {-1.25f, 5f};
    assertArrayEquals(expected, network.inputGradient());
    // more rows than the backward pass had grow the workspaces, as Evaluation's batches do
    network.predict(new float[2 * 300], 300);
    assertArrayEquals(expected, network.inputGradient());
  }

  @Test
  void aNegativeLeakySlopeIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Network.builder(3).dense(2, Activation.LEAKY_RELU, -0.5f));
    assertTrue(e.getMessage().contains("slope=-0.5"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Network.builder(3).dense(2, Activation.LEAKY_RELU, Float.NaN));
    assertThrows(IllegalArgumentException.class,
        () -> Network.builder(3).dense(2, Activation.LEAKY_RELU, Float.POSITIVE_INFINITY));
    // 0 and slopes above 1 keep the sign of a in h, so the derivative from h stays right
    assertEquals(0f, Network.builder(3).dense(2, Activation.LEAKY_RELU, 0f).build().slope(0));
    assertEquals(1.5f,
        Network.builder(3).dense(2, Activation.LEAKY_RELU, 1.5f).build().slope(0));
  }

  @Test
  void aLayerTooLargeForOneArrayIsRejectedBeforeItIsBuilt() {
    // 65535 × 65537 = 2^32 − 1 wraps to −1 in int
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Network.builder(65537).dense(65535, Activation.RELU));
    assertTrue(e.getMessage().contains("units=65535 times in=65537 is 4294967295"),
        e.getMessage());
    // 65537 × 65536 = 2^32 + 65536 wraps to a short but valid length, 65536
    e = assertThrows(IllegalArgumentException.class,
        () -> Network.builder(1).dense(65536, Activation.RELU).dense(65537, Activation.RELU));
    assertTrue(e.getMessage().contains("units=65537 times in=65536 is 4295032832"),
        e.getMessage());
  }

  @Test
  void aBatchTooLargeForTheWorkspacesIsRejected() {
    Network network = Network.builder(1).dense(65536, Activation.IDENTITY).build();
    float[] inputs = new float[65537];
    // 65537 rows × 65536 outputs = 2^32 + 65536 wraps to 65536 in int
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> network.classify(inputs, 65537));
    assertTrue(e.getMessage().contains("batch=65537 times out=65536 is 4295032832"),
        e.getMessage());
    e = assertThrows(IllegalArgumentException.class, () -> network.predict(inputs, 65537));
    assertTrue(e.getMessage().contains("batch=65537"), e.getMessage());
    // the network still serves a batch that fits: for x = 1 and zero biases h = W·x is the
    // single weight column, so the class is its largest entry
    assertEquals(argMax(network.weights(0)), network.classify(new float[] {1f}, 1)[0]);
  }

  @Test
  void aBadBatchIsNamedBeforeAnyAllocation() {
    Network network = Network.builder(2).dense(3, Activation.RELU).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> network.predict(new float[4], -1));
    assertEquals("batch=-1 must be >= 1", e.getMessage());
  }

  private static int argMax(float[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }
}
