package dev.lanes.kernel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/**
 * The vector reductions add in their documented order — lane-parallel partial sums, then the
 * lanes added in lane order, l0 + l1 + ... — bit for bit against a scalar rendering of that
 * order written here, on the first call and on every call after, through C2's compilation.
 * reduceLanes(ADD) fails this on JDK 25, whose compiled order (a tree) differs from its
 * interpreted one.
 */
class ReductionOrderTest {
  /** Enough calls of a few hundred elements for C2 to compile the kernels in between. */
  private static final int CALLS = 30_000;
  /** The first has whole vectors at every width, so that its first call runs interpreted. */
  private static final int[] LENGTHS = {257, 1, 15, 64, 100, 1024, 1031, 2500};

  private static int lanes() {
    return VectorSupport.BITS / Float.SIZE;
  }

  /** The lanes of sums added in lane order, in float, as documented. */
  private static float inLaneOrder(float[] sums) {
    float sum = sums[0];
    for (int l = 1; l < sums.length; l++) {
      sum += sums[l];
    }
    return sum;
  }

  /** Σ x² in blocks of SUM_BLOCK: four interleaved vector sums, combined (s0 + s1) + (s2 + s3). */
  private static double sumOfSquaresInOrder(float[] x, int offset, int length) {
    int lanes = lanes();
    double total = 0;
    for (int start = 0; start < length; start += ScalarElementwise.SUM_BLOCK) {
      int end = Math.min(length, start + ScalarElementwise.SUM_BLOCK);
      int quadEnd = start + (end - start) / (4 * lanes) * (4 * lanes);
      int vectorEnd = start + (end - start) / lanes * lanes;
      float[][] sums = new float[4][lanes];
      for (int i = start; i < vectorEnd; i++) {
        int sum = i < quadEnd ? (i - start) / lanes % 4 : 0;
        float v = x[offset + i];
        sums[sum][(i - start) % lanes] = Math.fma(v, v, sums[sum][(i - start) % lanes]);
      }
      float[] combined = new float[lanes];
      for (int l = 0; l < lanes; l++) {
        combined[l] = (sums[0][l] + sums[1][l]) + (sums[2][l] + sums[3][l]);
      }
      float tail = 0;
      for (int i = vectorEnd; i < end; i++) {
        tail = Math.fma(x[offset + i], x[offset + i], tail);
      }
      total += (double) inLaneOrder(combined) + (double) tail;
    }
    return total;
  }

  /** Σ (p − t)² in blocks of SUM_BLOCK, one vector sum per block. */
  private static double squaredErrorInOrder(float[] p, float[] t, int offset, int length) {
    int lanes = lanes();
    double total = 0;
    for (int start = 0; start < length; start += ScalarElementwise.SUM_BLOCK) {
      int end = Math.min(length, start + ScalarElementwise.SUM_BLOCK);
      int vectorEnd = start + (end - start) / lanes * lanes;
      float[] sums = new float[lanes];
      for (int i = start; i < vectorEnd; i++) {
        float d = p[offset + i] - t[offset + i];
        sums[(i - start) % lanes] = Math.fma(d, d, sums[(i - start) % lanes]);
      }
      float tail = 0;
      for (int i = vectorEnd; i < end; i++) {
        float d = p[offset + i] - t[offset + i];
        tail = Math.fma(d, d, tail);
      }
      total += (double) inLaneOrder(sums) + (double) tail;
    }
    return total;
  }

  /** Σ e^(x − shift): one vector sum of the twin's values, the tail added after the fold. */
  private static float sumExpInOrder(float shift, float[] x, int offset, int length) {
    int lanes = lanes();
    float[] e = new float[length];
    new ScalarActivation().expShifted(shift, x, offset, e, 0, length);
    int vectorEnd = length / lanes * lanes;
    float[] sums = new float[lanes];
    for (int i = 0; i < vectorEnd; i++) {
      sums[i % lanes] += e[i];
    }
    float sum = inLaneOrder(sums);
    if (vectorEnd < length) {
      float tail = 0;
      for (int i = vectorEnd; i < length; i++) {
        tail += e[i];
      }
      sum += tail;
    }
    return sum;
  }

  private static void assertSameOnEveryCall(String what, double expected, DoubleSupplier call) {
    for (int c = 0; c < CALLS; c++) {
      double actual = call.getAsDouble();
      if (Double.doubleToRawLongBits(actual) != Double.doubleToRawLongBits(expected)) {
        assertEquals(expected, actual, what + ", call " + c);
      }
    }
  }

  private static float[] randomFloats(Random random, int length, float from, float to) {
    float[] x = new float[length];
    for (int i = 0; i < length; i++) {
      x[i] = from + (to - from) * random.nextFloat();
    }
    return x;
  }

  @Test
  void sumOfSquaresAddsInTheDocumentedOrder() {
    assumeTrue(VectorSupport.BITS > 0, "vector kernels only");
    Random random = new Random(11);
    for (int n : LENGTHS) {
      float[] x = randomFloats(random, n + 3, -3f, 3f);
      double expected = sumOfSquaresInOrder(x, 3, n);
      assertSameOnEveryCall("sumOfSquares, length " + n, expected,
          () -> SelectedKernels.ELEMENTWISE.sumOfSquares(x, 3, n));
    }
  }

  @Test
  void squaredErrorAddsInTheDocumentedOrder() {
    assumeTrue(VectorSupport.BITS > 0, "vector kernels only");
    Random random = new Random(12);
    for (int n : LENGTHS) {
      float[] p = randomFloats(random, n + 5, -2f, 2f);
      float[] t = randomFloats(random, n + 5, -2f, 2f);
      double expected = squaredErrorInOrder(p, t, 5, n);
      assertSameOnEveryCall("squaredError, length " + n, expected,
          () -> SelectedKernels.ELEMENTWISE.squaredError(p, 5, t, 5, null, 0, 0, n));
    }
  }

  @Test
  void softmaxSumAddsInTheDocumentedOrder() {
    assumeTrue(VectorSupport.BITS > 0, "vector kernels only");
    Random random = new Random(13);
    for (int n : LENGTHS) {
      float[] x = randomFloats(random, n + 1, -12f, 4f);
      float shift = 4f;
      float expected = sumExpInOrder(shift, x, 1, n);
      assertSameOnEveryCall("sumExpShifted, length " + n, expected,
          () -> SelectedKernels.ACTIVATION.sumExpShifted(shift, x, 1, n));
    }
  }
}
