package dev.lanes.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The selected activation kernel (the vector twin at the width this JVM runs, or the scalar
 * twin under the fallback) against the scalar twin, bit for bit, at every awkward length
 * and at odd offsets; sums within a relative bound, as they add up in another order.
 */
class ActivationTwinsTest {
  private static final ActivationKernel SELECTED = SelectedKernels.ACTIVATION;
  private static final ActivationKernel SCALAR = new ScalarActivation();
  private static final int X_OFFSET = 3;
  private static final int Y_OFFSET = 5;

  private interface Unary {
    void apply(ActivationKernel kernel, float[] x, float[] y, int length);
  }

  private interface Binary {
    void apply(ActivationKernel kernel, float[] upstream, float[] h, float[] delta, int length);
  }

  private static void assertSameBits(float[] expected, float[] actual, String what, int n) {
    for (int i = 0; i < expected.length; i++) {
      if (Float.floatToIntBits(expected[i]) != Float.floatToIntBits(actual[i])) {
        assertEquals(expected[i], actual[i], what + " length " + n + " index " + i);
      }
    }
  }

  private static void compareUnary(String what, Unary kernel) {
    Random random = new Random(what.hashCode());
    for (int n : TwinLengths.lengths()) {
      float[] x = TwinLengths.randomFloats(random, n + X_OFFSET);
      float[] expected = new float[n + Y_OFFSET + 1];
      float[] actual = new float[n + Y_OFFSET + 1];
      kernel.apply(SCALAR, x, expected, n);
      kernel.apply(SELECTED, x, actual, n);
      assertSameBits(expected, actual, what, n);
    }
  }

  private static void compareBackward(String what, Binary kernel) {
    Random random = new Random(what.hashCode());
    for (int n : TwinLengths.lengths()) {
      float[] upstream = TwinLengths.randomFloats(random, n + X_OFFSET);
      float[] h = TwinLengths.randomFloats(random, n + Y_OFFSET);
      float[] expected = new float[n + 1];
      float[] actual = new float[n + 1];
      kernel.apply(SCALAR, upstream, h, expected, n);
      kernel.apply(SELECTED, upstream, h, actual, n);
      assertSameBits(expected, actual, what, n);
    }
  }

  @Test
  void forwardActivationsAreBitwiseTwins() {
    compareUnary("relu", (k, x, y, n) -> k.relu(x, X_OFFSET, y, Y_OFFSET, n));
    compareUnary("relu at one offset", (k, x, y, n) -> k.relu(x, 1, y, 1, n));
    compareUnary("leakyRelu", (k, x, y, n) -> k.leakyRelu(0.01f, x, X_OFFSET, y, Y_OFFSET, n));
    compareUnary("exp", (k, x, y, n) -> k.exp(x, X_OFFSET, y, Y_OFFSET, n));
    compareUnary("sigmoid", (k, x, y, n) -> k.sigmoid(x, X_OFFSET, y, Y_OFFSET, n));
    compareUnary("tanh", (k, x, y, n) -> k.tanh(x, X_OFFSET, y, Y_OFFSET, n));
    compareUnary("logSoftmaxRow",
        (k, x, y, n) -> k.logSoftmaxRow(1.5f, 0.25f, x, X_OFFSET, y, Y_OFFSET, n));
  }

  @Test
  void backwardActivationsAreBitwiseTwins() {
    compareBackward("reluBackward", (k, u, h, d, n) -> k.reluBackward(u, X_OFFSET, h,
        Y_OFFSET, d, 1, n));
    compareBackward("leakyReluBackward", (k, u, h, d, n) -> k.leakyReluBackward(0.2f, u,
        X_OFFSET, h, Y_OFFSET, d, 1, n));
    compareBackward("sigmoidBackward", (k, u, h, d, n) -> k.sigmoidBackward(u, X_OFFSET, h,
        Y_OFFSET, d, 1, n));
    compareBackward("tanhBackward", (k, u, h, d, n) -> k.tanhBackward(u, X_OFFSET, h,
        Y_OFFSET, d, 1, n));
    compareBackward("sigmoidBackward at one offset",
        (k, u, h, d, n) -> k.sigmoidBackward(u, 1, h, 1, d, 1, n));
    compareBackward("tanhBackward at one offset",
        (k, u, h, d, n) -> k.tanhBackward(u, 1, h, 1, d, 1, n));
  }

  @Test
  void shiftedExponentialsMatchAndTheirSumsAgree() {
    Random random = new Random(11);
    for (int n : TwinLengths.lengths()) {
      float[] x = new float[n + X_OFFSET];
      for (int i = 0; i < x.length; i++) {
        x[i] = (float) (random.nextGaussian() * 10);
      }
      float[] expected = new float[n + Y_OFFSET];
      float[] actual = new float[n + Y_OFFSET];
      float expectedSum = SCALAR.expShifted(20f, x, X_OFFSET, expected, Y_OFFSET, n);
      float actualSum = SELECTED.expShifted(20f, x, X_OFFSET, actual, Y_OFFSET, n);
      assertSameBits(expected, actual, "expShifted", n);
      // Both add the same n positive terms in float: each within n·2⁻²⁴ of the exact sum.
      double tolerance = 2 * n * 0x1p-24 * expectedSum;
      assertEquals(expectedSum, actualSum, tolerance, "expShifted sum, length " + n);
      assertEquals(expectedSum, SELECTED.sumExpShifted(20f, x, X_OFFSET, n), tolerance,
          "sumExpShifted, length " + n);
    }
  }
}
