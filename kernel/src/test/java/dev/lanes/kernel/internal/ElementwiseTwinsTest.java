package dev.lanes.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lanes.kernel.TestArrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The selected elementwise kernel against the scalar twin, bit for bit, at every awkward
 * length and odd offsets; reductions within a relative bound (other order of addition).
 */
class ElementwiseTwinsTest {
  private static final ElementwiseKernel SELECTED = SelectedKernels.ELEMENTWISE;
  private static final ElementwiseKernel SCALAR = new ScalarElementwise();

  private interface Ternary {
    void apply(ElementwiseKernel kernel, float[] a, float[] b, float[] out, int length);
  }

  /** Runs both kernels on copies of the same random arrays (out starts random too). */
  private static void compare(String what, Ternary kernel) {
    Random random = new Random(what.hashCode());
    for (int n : TwinLengths.lengths()) {
      float[] a = TwinLengths.randomFloats(random, n + 3);
      float[] b = TwinLengths.randomFloats(random, n + 7);
      float[] out = TestArrays.gaussian(random, n + 1, 1);
      float[] expectedA = a.clone();
      float[] expectedB = b.clone();
      float[] expectedOut = out.clone();
      kernel.apply(SCALAR, expectedA, expectedB, expectedOut, n);
      kernel.apply(SELECTED, a, b, out, n);
      assertArrayEquals(expectedOut, out, what + " output, length " + n);
      assertArrayEquals(expectedA, a, what + " first operand, length " + n);
      assertArrayEquals(expectedB, b, what + " second operand, length " + n);
    }
  }

  @Test
  void elementwiseArithmeticIsBitwiseTwin() {
    compare("hadamard", (k, a, b, out, n) -> k.hadamard(a, 3, b, 7, out, 1, n));
    compare("add", (k, a, b, out, n) -> k.add(a, 3, b, 7, out, 1, n));
    compare("axpy", (k, a, b, out, n) -> k.axpy(-1.75f, a, 3, b, 7, n));
    compare("hadamard at one offset", (k, a, b, out, n) -> k.hadamard(a, 1, b, 1, out, 1, n));
    compare("axpy at one offset", (k, a, b, out, n) -> k.axpy(-1.75f, a, 1, b, 1, n));
    compare("scale", (k, a, b, out, n) -> k.scale(0.3f, a, 3, out, 1, n));
    compare("sgdMomentum", (k, a, b, out, n) -> k.sgdMomentum(0.05f, 0.9f, 1e-4f, a, 3, b, 7,
        out, 1, n));
    compare("squaredError gradient", (k, a, b, out, n) -> k.squaredError(a, 3, b, 7, out, 1,
        0.125f, n));
  }

  @Test
  void reductionsAgree() {
    Random random = new Random(5);
    for (int n : TwinLengths.lengths()) {
      float[] p = TestArrays.gaussian(random, n + 3, 1);
      float[] t = TestArrays.gaussian(random, n + 3, 1);
      double tolerance = 1e-5 * (n + 1);
      assertEquals(SCALAR.sumOfSquares(p, 3, n), SELECTED.sumOfSquares(p, 3, n), tolerance,
          "sumOfSquares, length " + n);
      assertEquals(SCALAR.squaredError(p, 3, t, 1, null, 0, 0, n),
          SELECTED.squaredError(p, 3, t, 1, null, 0, 0, n), tolerance,
          "squaredError, length " + n);
      if (n > 0) {
        assertEquals(SCALAR.max(p, 3, n), SELECTED.max(p, 3, n), "max, length " + n);
        p[3 + random.nextInt(n)] = Float.NaN;
        assertEquals(Float.NaN, SELECTED.max(p, 3, n), "max with a NaN, length " + n);
      }
    }
  }
}
