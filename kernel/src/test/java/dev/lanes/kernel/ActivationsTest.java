package dev.lanes.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The public activation API, on whichever kernel this JVM selected, against double-precision
 * loops: special values through the vector lanes and the scalar tail, softmax rows summing to
 * 1, the fused forward and backward of a dense layer, and exact aliasing.
 */
class ActivationsTest {
  private static final float[] SPECIALS = {Float.NaN, Float.POSITIVE_INFINITY,
      Float.NEGATIVE_INFINITY, 0f, -0f, 89f, -104f, -100f, 100f, -20f, 20f, Float.MIN_VALUE,
      -Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, 88.72f, -87.34f, 1e-30f};
  private final Random random = new Random(7);

  /** Specials repeated over 5 x 16 + 3 elements, so they pass through lanes and the tail. */
  private static float[] specialsRepeated() {
    float[] x = new float[83];
    for (int i = 0; i < x.length; i++) {
      x[i] = SPECIALS[i % SPECIALS.length];
    }
    return x;
  }

  private interface Kernel {
    void apply(float[] x, int xOffset, float[] y, int yOffset, int length);
  }

  /** Every element within bound ulp of the correctly rounded reference (NaN for NaN). */
  private static void assertUlps(String name, int bound, Kernel kernel,
      DoubleUnaryOperator reference, float[] x) {
    float[] y = new float[x.length];
    kernel.apply(x, 0, y, 0, x.length);
    for (int i = 0; i < x.length; i++) {
      float expected = (float) reference.applyAsDouble(x[i]);
      long error = Ulps.between(expected, y[i]);
      assertTrue(error <= bound, name + "(" + x[i] + ") = " + y[i] + ", correctly rounded "
          + expected + ": " + error + " ulp");
      if (expected == 0) {
        assertEquals(Math.copySign(1f, expected), Math.copySign(1f, y[i]),
            name + "(" + x[i] + ") sign of zero");
      }
    }
  }

  @Test
  void specialValuesAndRandomInputsInEveryLane() {
    float[] specials = specialsRepeated();
    float[] gaussian = TestArrays.gaussian(random, 4099, 6);
    for (float[] x : new float[][] {specials, gaussian}) {
      assertUlps("exp", 1, Activations::exp, Math::exp, x);
      assertUlps("sigmoid", 2, Activations::sigmoid, v -> 1 / (1 + Math.exp(-v)), x);
      assertUlps("tanh", 2, Activations::tanh, Math::tanh, x);
      assertUlps("relu", 0, Activations::relu, v -> Math.max(v, 0), x);
      assertUlps("leakyRelu", 0, (a, ao, b, bo, n) -> Activations.leakyRelu(0.01f, a, ao, b,
          bo, n), v -> v > 0 ? v : (float) (0.01f * v), x);
    }
  }

  @Test
  void applyDispatchesEveryActivationAndMayWorkInPlace() {
    float[] x = TestArrays.gaussian(random, 101, 3);
    for (Activation g : Activation.values()) {
      float[] expected = new float[x.length + 2];
      float[] inPlace = x.clone();
      Activations.apply(g, 0.2f, x, 0, expected, 2, x.length);
      Activations.apply(g, 0.2f, inPlace, 0, inPlace, 0, x.length);
      for (int i = 0; i < x.length; i++) {
        assertEquals(reference(g, 0.2f, x[i]), expected[i + 2], 2e-7, g + " at " + i);
        assertEquals(expected[i + 2], inPlace[i], g + " in place at " + i);
      }
    }
  }

  private static double reference(Activation g, float slope, double a) {
    switch (g) {
      case IDENTITY: return a;
      case RELU: return Math.max(a, 0);
      case LEAKY_RELU: return a > 0 ? a : slope * a;
      case SIGMOID: return 1 / (1 + Math.exp(-a));
      case TANH: return Math.tanh(a);
      default: throw new AssertionError(g);
    }
  }

  private static double derivativeFromOutput(Activation g, float slope, double h) {
    switch (g) {
      case IDENTITY: return 1;
      case RELU: return h > 0 ? 1 : 0;
      case LEAKY_RELU: return h > 0 ? 1 : slope;
      case SIGMOID: return h * (1 - h);
      case TANH: return 1 - h * h;
      default: throw new AssertionError(g);
    }
  }

  @Test
  void biasActivationIsTheDenseForward() {
    int rows = 7;
    int cols = 45;
    int ldz = 50;
    int ldh = 47;
    float[] bias = TestArrays.gaussian(random, cols + 1, 1);
    float[] z = TestArrays.gaussian(random, 2 + (rows - 1) * ldz + cols, 2);
    for (Activation g : Activation.values()) {
      float[] h = new float[3 + (rows - 1) * ldh + cols];
      Activations.biasActivation(g, 0.1f, rows, cols, bias, 1, z, 2, ldz, h, 3, ldh);
      float[] inPlace = z.clone();
      Activations.biasActivation(g, 0.1f, rows, cols, bias, 1, inPlace, 2, ldz, inPlace, 2,
          ldz);
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < cols; j++) {
          double a = (double) z[2 + i * ldz + j] + bias[1 + j];
          float actual = h[3 + i * ldh + j];
          assertEquals(reference(g, 0.1f, a), actual, 4e-7 * Math.max(1, Math.abs(a)),
              g + " at " + i + "," + j);
          assertEquals(actual, inPlace[2 + i * ldz + j], g + " in place at " + i + "," + j);
        }
        for (int j = cols; j < ldh && 3 + i * ldh + j < h.length; j++) {
          assertEquals(0f, h[3 + i * ldh + j], g + " wrote the padding of row " + i);
        }
      }
    }
  }

  @Test
  void backwardIsUpstreamTimesTheDerivativeFromTheOutput() {
    int n = 301;
    float[] upstream = TestArrays.gaussian(random, n + 1, 1);
    for (Activation g : Activation.values()) {
      float[] h = new float[n + 2];
      Activations.apply(g, 0.3f, TestArrays.gaussian(random, n + 2, 2), 0, h, 0, n + 2);
      float[] delta = new float[n + 3];
      Activations.backward(g, 0.3f, upstream, 1, h, 2, delta, 3, n);
      float[] inPlace = upstream.clone();
      Activations.backward(g, 0.3f, inPlace, 1, h, 2, inPlace, 1, n);
      for (int i = 0; i < n; i++) {
        double expected = upstream[1 + i] * derivativeFromOutput(g, 0.3f, h[2 + i]);
        assertEquals(expected, delta[3 + i], 3e-7 * Math.abs(upstream[1 + i]), g + " at " + i);
        assertEquals(delta[3 + i], inPlace[1 + i], g + " in place at " + i);
      }
    }
  }

  @Test
  void namedBackwardsEqualTheDispatchingOne() {
    int n = 77;
    float[] upstream = TestArrays.gaussian(random, n, 1);
    float[] h = TestArrays.gaussian(random, n, 0.5f);
    float[] expected = new float[n];
    float[] actual = new float[n];
    Activations.backward(Activation.RELU, 0, upstream, 0, h, 0, expected, 0, n);
    Activations.reluBackward(upstream, 0, h, 0, actual, 0, n);
    assertArrayEquals(expected, actual);
    Activations.backward(Activation.LEAKY_RELU, 0.05f, upstream, 0, h, 0, expected, 0, n);
    Activations.leakyReluBackward(0.05f, upstream, 0, h, 0, actual, 0, n);
    assertArrayEquals(expected, actual);
    Activations.backward(Activation.SIGMOID, 0, upstream, 0, h, 0, expected, 0, n);
    Activations.sigmoidBackward(upstream, 0, h, 0, actual, 0, n);
    assertArrayEquals(expected, actual);
    Activations.backward(Activation.TANH, 0, upstream, 0, h, 0, expected, 0, n);
    Activations.tanhBackward(upstream, 0, h, 0, actual, 0, n);
    assertArrayEquals(expected, actual);
  }

  @Test
  void softmaxRowsSumToOneAndMatchDouble() {
    int cols = 1000;
    float[][] rows = {TestArrays.gaussian(random, cols, 5), new float[cols],
        TestArrays.gaussian(random, cols, 5), TestArrays.gaussian(random, cols, 50)};
    java.util.Arrays.fill(rows[1], 3.25f); // all equal: every p = 1/cols
    rows[2][17] = 1e30f; // one huge logit: p = onehot
    int ld = cols + 3;
    float[] x = new float[1 + rows.length * ld];
    for (int i = 0; i < rows.length; i++) {
      System.arraycopy(rows[i], 0, x, 1 + i * ld, cols);
    }
    float[] y = new float[2 + rows.length * ld];
    Activations.softmax(rows.length, cols, x, 1, ld, y, 2, ld);
    float[] logY = new float[y.length];
    Activations.logSoftmax(rows.length, cols, x, 1, ld, logY, 2, ld);
    for (int i = 0; i < rows.length; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (float v : rows[i]) {
        max = Math.max(max, v);
      }
      double sum = 0;
      for (float v : rows[i]) {
        sum += Math.exp(v - max);
      }
      double total = 0;
      for (int j = 0; j < cols; j++) {
        double p = Math.exp(rows[i][j] - max) / sum;
        float actual = y[2 + i * ld + j];
        total += actual;
        // Float error bound, in units of 2⁻²⁴ relative: x − max is rounded (|x − max| of
        // them), the float sum of cols terms (cols), exp, the reciprocal and the product (4).
        double bound = (Math.abs(rows[i][j] - max) + cols + 4) * 0x1p-24;
        assertEquals(p, actual, bound * p + Float.MIN_VALUE, "softmax " + i + "," + j);
        assertEquals(Math.log(p), logY[2 + i * ld + j], bound + Math.ulp((float) Math.log(p)),
            "logSoftmax " + i + "," + j);
      }
      // Row sums: within cols ulp of 1.
      assertEquals(1, total, cols * Math.ulp(1f), "row " + i + " sums to " + total);
    }
    assertEquals(1f / cols, y[2 + ld + 5], Math.ulp(1f / cols));
    assertEquals(1f, y[2 + 2 * ld + 17]);
  }

  @Test
  void softmaxMayWorkInPlace() {
    int rows = 3;
    int cols = 33;
    float[] x = TestArrays.gaussian(random, rows * cols, 4);
    float[] expected = new float[x.length];
    Activations.softmax(rows, cols, x, 0, cols, expected, 0, cols);
    float[] logExpected = new float[x.length];
    Activations.logSoftmax(rows, cols, x, 0, cols, logExpected, 0, cols);
    float[] inPlace = x.clone();
    Activations.softmax(rows, cols, inPlace, 0, cols, inPlace, 0, cols);
    assertArrayEquals(expected, inPlace);
    inPlace = x.clone();
    Activations.logSoftmax(rows, cols, inPlace, 0, cols, inPlace, 0, cols);
    assertArrayEquals(logExpected, inPlace);
  }
}
