package dev.lanes.kernel.internal;

import static org.junit.jupiter.api.Assertions.fail;
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
  /**
   * The first has whole vectors at every width, so that its first call runs interpreted when
   * no earlier test class in this JVM has called the kernel.
   */
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

  /**
   * Σ e^(x − shift): one vector sum of the twin's values; a vector with an argument beyond the
   * single-scale limit is summed left to right on its own, those sums added after the lanes',
   * and the tail after them.
   */
  private static float sumExpInOrder(float shift, float[] x, int offset, int length) {
    int lanes = lanes();
    float[] e = new float[length];
    new ScalarActivation().expShifted(shift, x, offset, e, 0, length);
    int vectorEnd = length / lanes * lanes;
    float[] sums = new float[lanes];
    float scalarSum = 0;
    for (int start = 0; start < vectorEnd; start += lanes) {
      boolean scalar = false;
      for (int l = 0; l < lanes; l++) {
        scalar |= Math.abs(x[offset + start + l] - shift) > FloatMath.EXP_SINGLE_SCALE_LIMIT;
      }
      float vectorSum = 0;
      for (int l = 0; l < lanes; l++) {
        if (scalar) {
          vectorSum += e[start + l];
        } else {
          sums[l] += e[start + l];
        }
      }
      scalarSum += vectorSum;
    }
    float sum = inLaneOrder(sums) + scalarSum;
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
        fail(what + ", call " + c + ": expected " + expected + " but was " + actual);
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
      float[] gradient = new float[n];
      double expected = squaredErrorInOrder(p, t, 5, n);
      assertSameOnEveryCall("squaredError, length " + n, expected,
          () -> SelectedKernels.ELEMENTWISE.squaredError(p, 5, t, 5, null, 0, 0, n));
      assertSameOnEveryCall("squaredError with its gradient, length " + n, expected,
          () -> SelectedKernels.ELEMENTWISE.squaredError(p, 5, t, 5, gradient, 0, 0.5f, n));
    }
  }

  @Test
  void softmaxSumAddsInTheDocumentedOrder() {
    assumeTrue(VectorSupport.BITS > 0, "vector kernels only");
    Random random = new Random(13);
    for (int n : LENGTHS) {
      float[] x = randomFloats(random, n + 1, -12f, 4f);
      // some vectors through the scalar twin: an argument beyond the single-scale limit
      for (int i = 1 + 3; i < n + 1; i += 97) {
        x[i] = -95f;
      }
      float shift = 4f;
      float expected = sumExpInOrder(shift, x, 1, n);
      float[] y = new float[n];
      assertSameOnEveryCall("sumExpShifted, length " + n, expected,
          () -> SelectedKernels.ACTIVATION.sumExpShifted(shift, x, 1, n));
      assertSameOnEveryCall("expShifted, length " + n, expected,
          () -> SelectedKernels.ACTIVATION.expShifted(shift, x, 1, y, 0, n));
    }
  }
}
