package dev.lanes.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every parameter of every activation, elementwise, loss and optimizer entry point, given a
 * bad value: the right exception, a message naming the parameter and its value, and no
 * element of any array written.
 */
class ArgumentChecksTest {
  private static final Class<NullPointerException> NULL = NullPointerException.class;
  private static final Class<IllegalArgumentException> ILLEGAL = IllegalArgumentException.class;
  private static final Class<IndexOutOfBoundsException> BOUNDS =
      IndexOutOfBoundsException.class;

  private final float[] a = filled(12, 1f);
  private final float[] b = filled(12, 2f);
  private final float[] c = filled(12, 3f);

  private static float[] filled(int n, float value) {
    float[] array = new float[n];
    Arrays.fill(array, value);
    return array;
  }

  /** The call throws the type with every fragment in its message and writes nothing. */
  private void assertRejected(Class<? extends RuntimeException> type, Executable call,
      String... fragments) {
    float[][] before = {a.clone(), b.clone(), c.clone()};
    RuntimeException e = assertThrows(type, call);
    for (String fragment : fragments) {
      assertTrue(e.getMessage().contains(fragment),
          "message \"" + e.getMessage() + "\" lacks \"" + fragment + "\"");
    }
    assertArrayEquals(before[0], a, "a was written");
    assertArrayEquals(before[1], b, "b was written");
    assertArrayEquals(before[2], c, "c was written");
  }

  private interface Unary {
    void apply(float[] x, int xOffset, float[] y, int yOffset, int length);
  }

  private interface Backward {
    void apply(float[] upstream, int upstreamOffset, float[] h, int hOffset, float[] delta,
        int deltaOffset, int length);
  }

  @Test
  void unaryActivations() {
    Unary[] kernels = {Activations::relu, Activations::sigmoid, Activations::tanh,
        Activations::exp,
        (x, xo, y, yo, n) -> Activations.leakyRelu(0.1f, x, xo, y, yo, n),
        (x, xo, y, yo, n) -> Activations.apply(Activation.TANH, 0, x, xo, y, yo, n)};
    for (Unary f : kernels) {
      assertRejected(NULL, () -> f.apply(null, 0, b, 0, 4), "x must not be null");
      assertRejected(NULL, () -> f.apply(a, 0, null, 0, 4), "y must not be null");
      assertRejected(ILLEGAL, () -> f.apply(a, 0, b, 0, -1), "length=-1");
      assertRejected(BOUNDS, () -> f.apply(a, -1, b, 0, 4), "xOffset=-1");
      assertRejected(BOUNDS, () -> f.apply(a, 9, b, 0, 4), "x.length=12", "xOffset", "13");
      assertRejected(BOUNDS, () -> f.apply(a, 0, b, -2, 4), "yOffset=-2");
      assertRejected(BOUNDS, () -> f.apply(a, 0, b, 10, 4), "y.length=12", "yOffset", "14");
    }
    assertRejected(NULL, () -> Activations.apply(null, 0, a, 0, b, 0, 4), "g must not be null");
  }

  @Test
  void backwardActivations() {
    Backward[] kernels = {Activations::reluBackward, Activations::sigmoidBackward,
        Activations::tanhBackward,
        (u, uo, h, ho, d, d0, n) -> Activations.leakyReluBackward(0.1f, u, uo, h, ho, d, d0, n),
        (u, uo, h, ho, d, d0, n) -> Activations.backward(Activation.RELU, 0, u, uo, h, ho, d,
            d0, n)};
    for (Backward f : kernels) {
      assertRejected(NULL, () -> f.apply(null, 0, b, 0, c, 0, 4), "upstream must not be null");
      assertRejected(NULL, () -> f.apply(a, 0, null, 0, c, 0, 4), "h must not be null");
      assertRejected(NULL, () -> f.apply(a, 0, b, 0, null, 0, 4), "delta must not be null");
      assertRejected(ILLEGAL, () -> f.apply(a, 0, b, 0, c, 0, -3), "length=-3");
      assertRejected(BOUNDS, () -> f.apply(a, 11, b, 0, c, 0, 4), "upstream.length=12",
          "upstreamOffset", "15");
      assertRejected(BOUNDS, () -> f.apply(a, 0, b, -1, c, 0, 4), "hOffset=-1");
      assertRejected(BOUNDS, () -> f.apply(a, 0, b, 0, c, 12, 4), "delta.length=12",
          "deltaOffset", "16");
    }
    assertRejected(NULL, () -> Activations.backward(null, 0, a, 0, b, 0, c, 0, 4),
        "g must not be null");
  }

  /** With a negative slope h > 0 no longer means a > 0, so the derivative read from h is wrong. */
  @Test
  void leakyReluBackwardNeedsANonNegativeSlope() {
    for (float slope : new float[] {-0.5f, -Float.MIN_VALUE, Float.NaN}) {
      assertRejected(ILLEGAL, () -> Activations.leakyReluBackward(slope, a, 0, b, 0, c, 0, 4),
          "slope=" + slope);
      assertRejected(ILLEGAL, () -> Activations.backward(Activation.LEAKY_RELU, slope, a, 0, b,
          0, c, 0, 4), "slope=" + slope);
    }
    // Other activations ignore the slope; a slope of 0 is plain ReLU.
    Activations.backward(Activation.RELU, -0.5f, a, 0, b, 0, c, 0, 4);
    Activations.leakyReluBackward(0f, a, 0, b, 0, c, 0, 4);
  }

  /**
   * An empty range still needs its offset inside the array (0 <= offset <= length), as
   * Arrays.fill does: the identity's copy and the column sums' fill would fail otherwise with
   * an exception that names nothing.
   */
  @Test
  void emptyRangesPastTheEndAreRejected() {
    assertRejected(BOUNDS, () -> Activations.backward(Activation.IDENTITY, 0, a, 13, b, 0, c, 0,
        0), "upstream.length=12", "upstreamOffset", "13");
    assertRejected(BOUNDS, () -> Activations.apply(Activation.IDENTITY, 0, a, 0, b, 14, 0),
        "y.length=12", "yOffset", "14");
    assertRejected(BOUNDS, () -> Elementwise.columnSums(2, 0, a, 0, 1, b, 13),
        "sums.length=12", "sumsOffset", "13");
    assertRejected(BOUNDS, () -> Elementwise.sumOfSquares(a, 13, 0), "x.length=12",
        "xOffset", "13");
    // At the very end an empty range is fine.
    Activations.backward(Activation.IDENTITY, 0, a, 12, b, 12, c, 12, 0);
    Elementwise.columnSums(2, 0, a, 0, 1, b, 12);
  }

  private interface RowWise {
    void apply(int rows, int cols, float[] x, int xOffset, int ldx, float[] y, int yOffset,
        int ldy);
  }

  @Test
  void softmaxAndLogSoftmax() {
    for (RowWise f : new RowWise[] {Activations::softmax, Activations::logSoftmax}) {
      assertRejected(NULL, () -> f.apply(2, 3, null, 0, 3, b, 0, 3), "x must not be null");
      assertRejected(NULL, () -> f.apply(2, 3, a, 0, 3, null, 0, 3), "y must not be null");
      assertRejected(ILLEGAL, () -> f.apply(-1, 3, a, 0, 3, b, 0, 3), "rows=-1");
      assertRejected(ILLEGAL, () -> f.apply(2, -3, a, 0, 3, b, 0, 3), "cols=-3");
      assertRejected(ILLEGAL, () -> f.apply(2, 3, a, 0, 2, b, 0, 3), "ldx=2", "cols=3");
      assertRejected(ILLEGAL, () -> f.apply(2, 3, a, 0, 3, b, 0, 0), "ldy=0");
      assertRejected(BOUNDS, () -> f.apply(2, 3, a, -1, 3, b, 0, 3), "xOffset=-1");
      assertRejected(BOUNDS, () -> f.apply(2, 3, a, 0, 10, b, 0, 3), "x.length=12",
          "xOffset", "ldx");
      assertRejected(BOUNDS, () -> f.apply(2, 3, a, 0, 3, b, 7, 3), "y.length=12",
          "yOffset");
    }
  }

  @Test
  void biasActivation() {
    assertRejected(NULL, () -> Activations.biasActivation(null, 0, 2, 3, a, 0, b, 0, 3, c, 0,
        3), "g must not be null");
    assertRejected(NULL, () -> Activations.biasActivation(Activation.RELU, 0, 2, 3, null, 0, b,
        0, 3, c, 0, 3), "bias must not be null");
    assertRejected(NULL, () -> Activations.biasActivation(Activation.RELU, 0, 2, 3, a, 0, null,
        0, 3, c, 0, 3), "z must not be null");
    assertRejected(NULL, () -> Activations.biasActivation(Activation.RELU, 0, 2, 3, a, 0, b, 0,
        3, null, 0, 3), "h must not be null");
    assertRejected(ILLEGAL, () -> Activations.biasActivation(Activation.RELU, 0, -2, 3, a, 0,
        b, 0, 3, c, 0, 3), "rows=-2");
    assertRejected(ILLEGAL, () -> Activations.biasActivation(Activation.RELU, 0, 2, -1, a, 0,
        b, 0, 3, c, 0, 3), "cols=-1");
    assertRejected(BOUNDS, () -> Activations.biasActivation(Activation.RELU, 0, 2, 3, a, 10,
        b, 0, 3, c, 0, 3), "bias.length=12", "biasOffset", "13");
    assertRejected(ILLEGAL, () -> Activations.biasActivation(Activation.RELU, 0, 2, 3, a, 0,
        b, 0, 1, c, 0, 3), "ldz=1");
    assertRejected(ILLEGAL, () -> Activations.biasActivation(Activation.RELU, 0, 2, 3, a, 0,
        b, 0, 3, c, 0, 2), "ldh=2");
    assertRejected(BOUNDS, () -> Activations.biasActivation(Activation.RELU, 0, 2, 3, a, 0,
        b, 8, 3, c, 0, 3), "z.length=12", "zOffset");
    assertRejected(BOUNDS, () -> Activations.biasActivation(Activation.RELU, 0, 2, 3, a, 0,
        b, 0, 3, c, -4, 3), "hOffset=-4");
  }

  @Test
  void elementwiseBinaryForms() {
    for (String name : new String[] {"hadamard", "add"}) {
      Unary3 f = name.equals("add") ? Elementwise::add : Elementwise::hadamard;
      assertRejected(NULL, () -> f.apply(null, 0, b, 0, c, 0, 4), "x must not be null");
      assertRejected(NULL, () -> f.apply(a, 0, null, 0, c, 0, 4), "y must not be null");
      assertRejected(NULL, () -> f.apply(a, 0, b, 0, null, 0, 4), "z must not be null");
      assertRejected(ILLEGAL, () -> f.apply(a, 0, b, 0, c, 0, -1), "length=-1");
      assertRejected(BOUNDS, () -> f.apply(a, 9, b, 0, c, 0, 4), "x.length=12", "xOffset");
      assertRejected(BOUNDS, () -> f.apply(a, 0, b, -1, c, 0, 4), "yOffset=-1");
      assertRejected(BOUNDS, () -> f.apply(a, 0, b, 0, c, 9, 4), "z.length=12", "zOffset");
    }
    assertRejected(NULL, () -> Elementwise.axpy(1, null, 0, b, 0, 4), "x must not be null");
    assertRejected(NULL, () -> Elementwise.axpy(1, a, 0, null, 0, 4), "y must not be null");
    assertRejected(ILLEGAL, () -> Elementwise.axpy(1, a, 0, b, 0, -5), "length=-5");
    assertRejected(BOUNDS, () -> Elementwise.axpy(1, a, -1, b, 0, 4), "xOffset=-1");
    assertRejected(BOUNDS, () -> Elementwise.axpy(1, a, 0, b, 9, 4), "y.length=12", "yOffset");
    assertRejected(NULL, () -> Elementwise.scale(2, null, 0, 4), "x must not be null");
    assertRejected(ILLEGAL, () -> Elementwise.scale(2, a, 0, -1), "length=-1");
    assertRejected(BOUNDS, () -> Elementwise.scale(2, a, 9, 4), "x.length=12", "xOffset");
    assertRejected(NULL, () -> Elementwise.sumOfSquares(null, 0, 4), "x must not be null");
    assertRejected(ILLEGAL, () -> Elementwise.sumOfSquares(a, 0, -1), "length=-1");
    assertRejected(BOUNDS, () -> Elementwise.sumOfSquares(a, -7, 4), "xOffset=-7");
  }

  private interface Unary3 {
    void apply(float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset,
        int length);
  }

  @Test
  void biasAndColumnSums() {
    assertRejected(NULL, () -> Elementwise.addBias(2, 3, null, 0, b, 0, 3),
        "bias must not be null");
    assertRejected(NULL, () -> Elementwise.addBias(2, 3, a, 0, null, 0, 3),
        "m must not be null");
    assertRejected(ILLEGAL, () -> Elementwise.addBias(-1, 3, a, 0, b, 0, 3), "rows=-1");
    assertRejected(ILLEGAL, () -> Elementwise.addBias(2, -3, a, 0, b, 0, 3), "cols=-3");
    assertRejected(BOUNDS, () -> Elementwise.addBias(2, 3, a, 11, b, 0, 3), "bias.length=12",
        "biasOffset");
    assertRejected(ILLEGAL, () -> Elementwise.addBias(2, 3, a, 0, b, 0, 2), "ldm=2");
    assertRejected(BOUNDS, () -> Elementwise.addBias(2, 3, a, 0, b, 7, 3), "m.length=12",
        "mOffset");
    assertRejected(NULL, () -> Elementwise.columnSums(2, 3, null, 0, 3, b, 0),
        "m must not be null");
    assertRejected(NULL, () -> Elementwise.columnSums(2, 3, a, 0, 3, null, 0),
        "sums must not be null");
    assertRejected(ILLEGAL, () -> Elementwise.columnSums(-2, 3, a, 0, 3, b, 0), "rows=-2");
    assertRejected(ILLEGAL, () -> Elementwise.columnSums(2, -1, a, 0, 3, b, 0), "cols=-1");
    assertRejected(ILLEGAL, () -> Elementwise.columnSums(2, 3, a, 0, 1, b, 0), "ldm=1");
    assertRejected(BOUNDS, () -> Elementwise.columnSums(2, 3, a, -1, 3, b, 0), "mOffset=-1");
    assertRejected(BOUNDS, () -> Elementwise.columnSums(2, 3, a, 0, 3, b, 10), "sums.length=12",
        "sumsOffset");
    assertRejected(BOUNDS, () -> Elementwise.columnSums(0, 3, a, 0, 3, b, 10), "sums.length=12",
        "sumsOffset");
  }

  @Test
  void softmaxCrossEntropy() {
    int[] labels = {0, 2, 1};
    assertRejected(NULL, () -> Losses.softmaxCrossEntropy(2, 3, null, 0, 3, labels, 0, c, 0, 3),
        "logits must not be null");
    assertRejected(NULL, () -> Losses.softmaxCrossEntropy(2, 3, a, 0, 3, null, 0, c, 0, 3),
        "labels must not be null");
    assertRejected(ILLEGAL, () -> Losses.softmaxCrossEntropy(-2, 3, a, 0, 3, labels, 0, c, 0,
        3), "rows=-2");
    assertRejected(ILLEGAL, () -> Losses.softmaxCrossEntropy(2, -3, a, 0, 3, labels, 0, c, 0,
        3), "cols=-3");
    assertRejected(ILLEGAL, () -> Losses.softmaxCrossEntropy(2, 3, a, 0, 2, labels, 0, c, 0,
        3), "ldLogits=2");
    assertRejected(BOUNDS, () -> Losses.softmaxCrossEntropy(2, 3, a, 7, 3, labels, 0, c, 0,
        3), "logits.length=12", "logitsOffset");
    assertRejected(BOUNDS, () -> Losses.softmaxCrossEntropy(2, 3, a, 0, 3, labels, 2, c, 0,
        3), "labels.length=3", "labelsOffset");
    assertRejected(ILLEGAL, () -> Losses.softmaxCrossEntropy(2, 3, a, 0, 3, labels, 0, c, 0,
        1), "ldGradient=1");
    assertRejected(BOUNDS, () -> Losses.softmaxCrossEntropy(2, 3, a, 0, 3, labels, 0, c, 8,
        3), "gradient.length=12", "gradientOffset");
    int[] bad = {1, 3};
    assertRejected(ILLEGAL, () -> Losses.softmaxCrossEntropy(2, 3, a, 0, 3, bad, 0, c, 0, 3),
        "row 1", "=3", "cols=3");
    int[] negative = {-1, 0};
    assertRejected(ILLEGAL, () -> Losses.softmaxCrossEntropy(2, 3, a, 0, 3, negative, 0, c, 0,
        3), "row 0", "=-1");
  }

  @Test
  void meanSquaredError() {
    assertRejected(NULL, () -> Losses.meanSquaredError(2, 3, null, 0, 3, b, 0, 3, c, 0, 3),
        "predictions must not be null");
    assertRejected(NULL, () -> Losses.meanSquaredError(2, 3, a, 0, 3, null, 0, 3, c, 0, 3),
        "targets must not be null");
    assertRejected(ILLEGAL, () -> Losses.meanSquaredError(-1, 3, a, 0, 3, b, 0, 3, c, 0, 3),
        "rows=-1");
    assertRejected(ILLEGAL, () -> Losses.meanSquaredError(2, -1, a, 0, 3, b, 0, 3, c, 0, 3),
        "cols=-1");
    assertRejected(ILLEGAL, () -> Losses.meanSquaredError(2, 3, a, 0, 2, b, 0, 3, c, 0, 3),
        "ldPredictions=2");
    assertRejected(ILLEGAL, () -> Losses.meanSquaredError(2, 3, a, 0, 3, b, 0, 2, c, 0, 3),
        "ldTargets=2");
    assertRejected(ILLEGAL, () -> Losses.meanSquaredError(2, 3, a, 0, 3, b, 0, 3, c, 0, 2),
        "ldGradient=2");
    assertRejected(BOUNDS, () -> Losses.meanSquaredError(2, 3, a, 7, 3, b, 0, 3, c, 0, 3),
        "predictions.length=12", "predictionsOffset");
    assertRejected(BOUNDS, () -> Losses.meanSquaredError(2, 3, a, 0, 3, b, -1, 3, c, 0, 3),
        "targetsOffset=-1");
    assertRejected(BOUNDS, () -> Losses.meanSquaredError(2, 3, a, 0, 3, b, 0, 3, c, 9, 3),
        "gradient.length=12", "gradientOffset");
  }

  @Test
  void sgdMomentum() {
    assertRejected(NULL, () -> Optimizers.sgdMomentum(0.1f, 0.9f, 0, null, 0, b, 0, c, 0, 4),
        "w must not be null");
    assertRejected(NULL, () -> Optimizers.sgdMomentum(0.1f, 0.9f, 0, a, 0, null, 0, c, 0, 4),
        "g must not be null");
    assertRejected(NULL, () -> Optimizers.sgdMomentum(0.1f, 0.9f, 0, a, 0, b, 0, null, 0, 4),
        "velocity must not be null");
    assertRejected(ILLEGAL, () -> Optimizers.sgdMomentum(0.1f, 0.9f, 0, a, 0, b, 0, c, 0, -4),
        "length=-4");
    assertRejected(BOUNDS, () -> Optimizers.sgdMomentum(0.1f, 0.9f, 0, a, 9, b, 0, c, 0, 4),
        "w.length=12", "wOffset");
    assertRejected(BOUNDS, () -> Optimizers.sgdMomentum(0.1f, 0.9f, 0, a, 0, b, -1, c, 0, 4),
        "gOffset=-1");
    assertRejected(BOUNDS, () -> Optimizers.sgdMomentum(0.1f, 0.9f, 0, a, 0, b, 0, c, 10, 4),
        "velocity.length=12", "velocityOffset");
  }
}
