package dev.lanes.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** SGD with momentum and weight decay against the lecture's update in double. */
class OptimizersTest {
  private static final int N = 1000;
  private final Random random = new Random(19);

  @Test
  void threeStepsOfMomentumMatchDouble() {
    float eta = 0.05f;
    float mu = 0.9f;
    float lambda = 1e-3f;
    float[] w = TestArrays.gaussian(random, N + 1, 1);
    float[] velocity = new float[N + 2];
    double[] wRef = new double[N];
    double[] vRef = new double[N];
    for (int i = 0; i < N; i++) {
      wRef[i] = w[1 + i];
    }
    for (int step = 0; step < 3; step++) {
      float[] g = TestArrays.gaussian(random, N + 3, 1);
      Optimizers.sgdMomentum(eta, mu, lambda, w, 1, g, 3, velocity, 2, N);
      for (int i = 0; i < N; i++) {
        vRef[i] = mu * vRef[i] + (g[3 + i] + lambda * wRef[i]); // Δ ← μΔ + (g + λw)
        wRef[i] -= eta * vRef[i]; // w ← w − ηΔ
      }
    }
    for (int i = 0; i < N; i++) {
      assertEquals(vRef[i], velocity[2 + i], 1e-6 * (1 + Math.abs(vRef[i])), "velocity " + i);
      assertEquals(wRef[i], w[1 + i], 1e-6 * (1 + Math.abs(wRef[i])), "w " + i);
    }
  }

  @Test
  void withoutMomentumAndDecayItIsExactlyPlainSgd() {
    float[] w = TestArrays.gaussian(random, N, 1);
    float[] g = TestArrays.gaussian(random, N, 1);
    float[] velocity = TestArrays.gaussian(random, N, 1); // stale: must not matter when μ = 0
    float[] expected = new float[N];
    for (int i = 0; i < N; i++) {
      expected[i] = (float) (w[i] - 0.01f * (double) g[i]); // one rounding of w − ηg
    }
    Optimizers.sgdMomentum(0.01f, 0f, 0f, w, 0, g, 0, velocity, 0, N);
    assertArrayEquals(expected, w);
    assertArrayEquals(g, velocity);
  }
}
