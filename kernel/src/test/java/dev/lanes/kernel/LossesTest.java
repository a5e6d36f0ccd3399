package dev.lanes.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The losses and their fused gradients against double-precision loops. */
class LossesTest {
  private final Random random = new Random(17);

  @Test
  void softmaxCrossEntropyAndGradientMatchDouble() {
    int rows = 13;
    int cols = 37;
    int ld = 40;
    float[] logits = TestArrays.gaussian(random, 1 + (rows - 1) * ld + cols, 4);
    int[] labels = new int[rows + 2];
    for (int i = 0; i < rows; i++) {
      labels[2 + i] = random.nextInt(cols);
    }
    float[] gradient = new float[3 + (rows - 1) * ld + cols];
    double loss = Losses.softmaxCrossEntropy(rows, cols, logits, 1, ld, labels, 2, gradient, 3,
        ld);
    double expected = 0;
    for (int i = 0; i < rows; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (int j = 0; j < cols; j++) {
        max = Math.max(max, logits[1 + i * ld + j]);
      }
      double sum = 0;
      for (int j = 0; j < cols; j++) {
        sum += Math.exp(logits[1 + i * ld + j] - max);
      }
      expected += (Math.log(sum) - (logits[1 + i * ld + labels[2 + i]] - max)) / rows;
      for (int j = 0; j < cols; j++) {
        double p = Math.exp(logits[1 + i * ld + j] - max) / sum;
        double g = (p - (j == labels[2 + i] ? 1 : 0)) / rows;
        // Relative error of p as in softmax: |x − max| + cols + a few roundings, in 2⁻²⁴.
        double bound = (Math.abs(logits[1 + i * ld + j] - max) + cols + 6) * 0x1p-24;
        // ... plus the roundings of 1/rows and of the subtraction at the label.
        assertEquals(g, gradient[3 + i * ld + j], bound * p / rows + 2 * Math.ulp((float) g),
            "gradient " + i + "," + j);
      }
    }
    assertEquals(expected, loss, 1e-6 * expected);
    assertEquals(loss, Losses.softmaxCrossEntropy(rows, cols, logits, 1, ld, labels, 2, null,
        0, 0), 1e-12, "without gradient");
    float[] inPlace = logits.clone();
    double inPlaceLoss = Losses.softmaxCrossEntropy(rows, cols, inPlace, 1, ld, labels, 2,
        inPlace, 1, ld);
    assertEquals(loss, inPlaceLoss, 1e-12, "gradient over the logits");
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        assertEquals(gradient[3 + i * ld + j], inPlace[1 + i * ld + j], "in place " + i + j);
      }
    }
  }

  @Test
  void crossEntropyStaysFiniteWhenTheLabelProbabilityUnderflows() {
    float[] logits = {0f, -200f, 1e30f, 0f};
    int[] labels = {1, 1};
    float[] gradient = new float[4];
    double loss = Losses.softmaxCrossEntropy(2, 2, logits, 0, 2, labels, 0, gradient, 0, 2);
    // Row 0: −log softmax = log(1 + e^−200) + 200 ≈ 200; row 1: log(1 + e^−1e30) + 1e30.
    assertEquals((200 + (double) 1e30f) / 2, loss, 1e15);
    assertTrue(Double.isFinite(loss));
    assertArrayEquals(new float[] {0.5f, -0.5f, 0.5f, -0.5f}, gradient);
    float[] close = {0f, -200f};
    assertEquals(200, Losses.softmaxCrossEntropy(1, 2, close, 0, 2, new int[] {1}, 0, null, 0,
        0), 1e-9);
  }

  @Test
  void meanSquaredErrorAndGradient() {
    int rows = 6;
    int cols = 41;
    float[] p = TestArrays.gaussian(random, 2 + (rows - 1) * 45 + cols, 1);
    float[] t = TestArrays.gaussian(random, 1 + (rows - 1) * 43 + cols, 1);
    float[] gradient = new float[(rows - 1) * 44 + cols];
    double loss = Losses.meanSquaredError(rows, cols, p, 2, 45, t, 1, 43, gradient, 0, 44);
    double expected = 0;
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        double d = (double) p[2 + i * 45 + j] - t[1 + i * 43 + j];
        expected += d * d / (rows * cols);
        assertEquals(2 * d / (rows * cols), gradient[i * 44 + j], 1e-8, "gradient " + i + j);
      }
    }
    assertEquals(expected, loss, 1e-6 * expected);
    assertEquals(loss, Losses.meanSquaredError(rows, cols, p, 2, 45, t, 1, 43, null, 0, 0),
        1e-12);
    assertEquals(0, Losses.meanSquaredError(0, cols, p, 0, cols, t, 0, cols, null, 0, 0));
  }
}
