package dev.lanes.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lanes.kernel.Ulps;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The scalar exp, sigmoid and tanh (the specification the vector twins follow bit for bit)
 * against the correctly rounded float of a double-precision reference, in ulp, on millions
 * of random inputs over the whole float range and on the ranges that matter. The bounds
 * asserted are the documented ones; an exhaustive run over all 2³² floats measured the
 * same maxima (exp 1, sigmoid 2, tanh 2 ulp).
 */
class FloatMathTest {
  private static final int SAMPLES = 1 << 20;

  interface FloatFunction {
    float apply(float x);
  }

  private static void assertWithin(long bound, String name, FloatFunction f,
      DoubleUnaryOperator reference, float x) {
    float expected = (float) reference.applyAsDouble(x);
    float actual = f.apply(x);
    long error = Ulps.between(expected, actual);
    assertTrue(error <= bound, () -> name + "(" + x + ") = " + actual + ", correctly rounded "
        + expected + ": " + error + " ulp > " + bound);
  }

  /** Random bit patterns (every magnitude, both signs) and uniform values in [lo, hi]. */
  private static void check(String name, long bound, FloatFunction f,
      DoubleUnaryOperator reference, float lo, float hi) {
    Random random = new Random(name.hashCode());
    for (int i = 0; i < SAMPLES; i++) {
      assertWithin(bound, name, f, reference, Float.intBitsToFloat(random.nextInt()));
      assertWithin(bound, name, f, reference, lo + (hi - lo) * random.nextFloat());
    }
  }

  private static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  @Test
  void expIsWithinOneUlp() {
    check("exp", 1, FloatMath::exp, Math::exp, -110f, 90f);
  }

  @Test
  void sigmoidIsWithinTwoUlp() {
    check("sigmoid", 2, FloatMath::sigmoid, FloatMathTest::sigmoid, -110f, 110f);
  }

  @Test
  void tanhIsWithinTwoUlp() {
    check("tanh", 2, FloatMath::tanh, Math::tanh, -10f, 10f);
  }

  @Test
  void expm1PolynomialIsAccurateOnItsInterval() {
    // e^r − 1 on [−ln2/2, ln2/2] within 2⁻²³ relative (1 ulp; r²·q is off by less than 2⁻²⁸).
    for (int i = -1000; i <= 1000; i++) {
      float r = (float) (i * Math.log(2) / 2000);
      double exact = Math.expm1(r);
      double error = Math.abs(FloatMath.expm1Polynomial(r) - exact);
      assertTrue(error <= 0x1p-23 * Math.abs(exact), "expm1(" + r + ") off by " + error);
    }
  }

  @Test
  void fittedPolynomialIsWithinItsDocumentedError() {
    // r²·q(r) against e^r − 1 − r, both in double, on [−ln2/2, ln2/2]: the fit's own error,
    // documented as 3.2·10⁻⁹ (a mistyped coefficient moves it by orders of magnitude).
    double worst = 0;
    for (int i = -10000; i <= 10000; i++) {
      double r = i * Math.log(2) / 20000;
      double q = FloatMath.Q0 + r * (FloatMath.Q1 + r * (FloatMath.Q2 + r * (FloatMath.Q3
          + r * FloatMath.Q4)));
      worst = Math.max(worst, Math.abs(r * r * q - (Math.expm1(r) - r)));
    }
    assertTrue(worst <= 3.3e-9, "r²·q off by " + worst);
    assertTrue(worst >= 1e-9, "r²·q off by only " + worst + ": is the documented error stale?");
  }

  @Test
  void specialValuesOfTheScalarTwin() {
    assertEquals(Float.NaN, FloatMath.exp(Float.NaN));
    assertEquals(Float.NaN, FloatMath.sigmoid(Float.NaN));
    assertEquals(Float.NaN, FloatMath.tanh(Float.NaN));
    assertEquals(Float.POSITIVE_INFINITY, FloatMath.exp(89f));
    assertEquals(Float.POSITIVE_INFINITY, FloatMath.exp(Float.POSITIVE_INFINITY));
    assertEquals(0f, FloatMath.exp(Float.NEGATIVE_INFINITY));
    assertEquals(0f, FloatMath.exp(-104f));
    assertEquals((float) Math.exp(-100), FloatMath.exp(-100f)); // subnormal, gradual underflow
    assertEquals(1f, FloatMath.exp(0f));
    assertEquals(1f, FloatMath.exp(-0f));
    assertEquals(1f, FloatMath.sigmoid(100f));
    assertEquals((float) sigmoid(-100), FloatMath.sigmoid(-100f)); // 3.7e-44, not 0
    assertEquals(1f, FloatMath.sigmoid(Float.POSITIVE_INFINITY));
    assertEquals(0f, FloatMath.sigmoid(Float.NEGATIVE_INFINITY));
    assertEquals(0.5f, FloatMath.sigmoid(-0f));
    assertEquals(1f, FloatMath.tanh(20f));
    assertEquals(-1f, FloatMath.tanh(-20f));
    assertEquals(-1f, FloatMath.tanh(Float.NEGATIVE_INFINITY));
    assertEquals(Float.floatToIntBits(-0f), Float.floatToIntBits(FloatMath.tanh(-0f)));
    assertEquals(Float.floatToIntBits(0f), Float.floatToIntBits(FloatMath.tanh(0f)));
    assertEquals(Float.MIN_VALUE, FloatMath.tanh(Float.MIN_VALUE));
  }
}
