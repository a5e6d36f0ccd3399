package dev.lanes.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each public entry point once against a double-precision loop on a small random case. */
class PublicApiSmokeTest {
  private static final int N = 37;
  private final Random random = new Random(3);

  private float[] randomArray(int n) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) (random.nextGaussian() * 3);
    }
    return a;
  }

  @Test
  void activationsMatchMath() {
    float[] x = randomArray(N);
    float[] y = new float[N + 1];
    Activations.sigmoid(x, 0, y, 1, N);
    for (int i = 0; i < N; i++) {
      assertEquals(1 / (1 + Math.exp(-x[i])), y[i + 1], 1e-6);
    }
    Activations.apply(Activation.TANH, 0, x, 0, y, 0, N);
    for (int i = 0; i < N; i++) {
      assertEquals(Math.tanh(x[i]), y[i], 1e-6);
    }
    Activations.apply(Activation.LEAKY_RELU, 0.1f, x, 0, y, 0, N);
    for (int i = 0; i < N; i++) {
      assertEquals(x[i] > 0 ? x[i] : 0.1 * x[i], y[i], 1e-6);
    }
  }

  @Test
  void softmaxCrossEntropyMatchesDoubleLoop() {
    int rows = 3;
    int cols = 5;
    float[] logits = randomArray(rows * cols);
    int[] labels = {4, 0, 2};
    float[] gradient = new float[rows * cols];
    double loss = Losses.softmaxCrossEntropy(rows, cols, logits, 0, cols, labels, 0, gradient,
        0, cols);
    double expected = 0;
    for (int i = 0; i < rows; i++) {
      double sum = 0;
      for (int j = 0; j < cols; j++) {
        sum += Math.exp(logits[i * cols + j]);
      }
      expected -= Math.log(Math.exp(logits[i * cols + labels[i]]) / sum) / rows;
      for (int j = 0; j < cols; j++) {
        double p = Math.exp(logits[i * cols + j]) / sum;
        assertEquals((p - (j == labels[i] ? 1 : 0)) / rows, gradient[i * cols + j], 1e-6);
      }
    }
    assertEquals(expected, loss, 1e-5);
  }

  @Test
  void sgdWithoutMomentumIsPlainSgd() {
    float[] w = randomArray(N);
    float[] g = randomArray(N);
    float[] expected = w.clone();
    for (int i = 0; i < N; i++) {
      expected[i] = Math.fma(-0.1f, g[i], w[i]);
    }
    Optimizers.sgdMomentum(0.1f, 0, 0, w, 0, g, 0, new float[N], 0, N);
    assertTrue(java.util.Arrays.equals(expected, w));
  }

  @Test
  void badArgumentsNameTheParameter() {
    float[] x = new float[4];
    NullPointerException npe = assertThrows(NullPointerException.class,
        () -> Elementwise.hadamard(x, 0, null, 0, x, 0, 4));
    assertTrue(npe.getMessage().contains("y"), npe.getMessage());
    IndexOutOfBoundsException ioobe = assertThrows(IndexOutOfBoundsException.class,
        () -> Elementwise.axpy(1, x, 1, x, 0, 4));
    assertTrue(ioobe.getMessage().contains("xOffset"), ioobe.getMessage());
  }
}
