package dev.lanes.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The public elementwise API against double-precision loops, at offsets and with padding. */
class ElementwiseTest {
  private static final int N = 1029;
  private final Random random = new Random(13);

  @Test
  void hadamardAddAxpyAndScale() {
    float[] x = TestArrays.gaussian(random, N + 1, 1);
    float[] y = TestArrays.gaussian(random, N + 2, 1);
    float[] z = new float[N + 3];
    Elementwise.hadamard(x, 1, y, 2, z, 3, N);
    for (int i = 0; i < N; i++) {
      assertEquals((float) ((double) x[1 + i] * y[2 + i]), z[3 + i], "hadamard " + i);
    }
    Elementwise.add(x, 1, y, 2, z, 3, N);
    for (int i = 0; i < N; i++) {
      assertEquals((float) ((double) x[1 + i] + y[2 + i]), z[3 + i], "add " + i);
    }
    float[] axpy = y.clone();
    Elementwise.axpy(-0.7f, x, 1, axpy, 2, N);
    for (int i = 0; i < N; i++) {
      // One rounding of the exact αx + y (a float product is exact in double).
      assertEquals((float) (-0.7f * (double) x[1 + i] + y[2 + i]), axpy[2 + i], "axpy " + i);
    }
    assertEquals(y[0], axpy[0], "axpy wrote before its range");
    float[] scaled = x.clone();
    Elementwise.scale(2.5f, scaled, 1, N);
    for (int i = 0; i < N; i++) {
      assertEquals((float) (2.5 * x[1 + i]), scaled[1 + i], "scale " + i);
    }
    assertEquals(x[0], scaled[0], "scale wrote before its range");
  }

  @Test
  void exactAliasingGivesTheSameResult() {
    float[] x = TestArrays.gaussian(random, N, 1);
    float[] y = TestArrays.gaussian(random, N, 1);
    float[] expected = new float[N];
    Elementwise.hadamard(x, 0, y, 0, expected, 0, N);
    float[] inPlace = x.clone();
    Elementwise.hadamard(inPlace, 0, y, 0, inPlace, 0, N);
    assertArrayEquals(expected, inPlace);
    Elementwise.add(x, 0, y, 0, expected, 0, N);
    inPlace = y.clone();
    Elementwise.add(x, 0, inPlace, 0, inPlace, 0, N);
    assertArrayEquals(expected, inPlace);
  }

  @Test
  void addBiasAndColumnSumsOnPaddedRows() {
    int rows = 9;
    int cols = 70;
    int ld = 75;
    float[] bias = TestArrays.gaussian(random, cols + 2, 1);
    float[] m = TestArrays.gaussian(random, 4 + (rows - 1) * ld + cols, 1);
    float[] original = m.clone();
    Elementwise.addBias(rows, cols, bias, 2, m, 4, ld);
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < ld && 4 + i * ld + j < m.length; j++) {
        int at = 4 + i * ld + j;
        float expected = j < cols ? (float) ((double) original[at] + bias[2 + j]) : original[at];
        assertEquals(expected, m[at], "addBias " + i + "," + j);
      }
    }
    float[] sums = TestArrays.gaussian(random, cols + 1, 1);
    Elementwise.columnSums(rows, cols, m, 4, ld, sums, 1);
    for (int j = 0; j < cols; j++) {
      double sum = 0;
      for (int i = 0; i < rows; i++) {
        sum += m[4 + i * ld + j];
      }
      assertEquals(sum, sums[1 + j], rows * 1e-6 * (1 + Math.abs(sum)), "column " + j);
    }
    Elementwise.columnSums(0, cols, m, 4, ld, sums, 1);
    for (int j = 0; j < cols; j++) {
      assertEquals(0f, sums[1 + j], "no rows: column " + j);
    }
  }

  @Test
  void sumOfSquaresMatchesDouble() {
    for (int n : new int[] {0, 1, 15, 1023, 1024, 1025, 5000}) {
      float[] x = TestArrays.gaussian(random, n + 2, 1);
      double expected = 0;
      for (int i = 0; i < n; i++) {
        expected += (double) x[2 + i] * x[2 + i];
      }
      assertEquals(expected, Elementwise.sumOfSquares(x, 2, n), 1e-6 * (1 + expected),
          "length " + n);
    }
  }

  /**
   * Squares past float's range (1e20² = 1e40) are summed in double: the sum is finite, and
   * NaN or infinity in the input still shows.
   */
  @Test
  void sumOfSquaresOutgrowsFloat() {
    for (int n : new int[] {1, 17, 1024, 3000}) {
      float[] x = TestArrays.gaussian(random, n, 1);
      x[n / 2] = 1e20f;
      x[n - 1] = -3e19f;
      double expected = 0;
      for (float v : x) {
        expected += (double) v * v;
      }
      assertEquals(expected, Elementwise.sumOfSquares(x, 0, n), 1e-6 * expected, "length " + n);
      x[0] = Float.NaN;
      assertTrue(Double.isNaN(Elementwise.sumOfSquares(x, 0, n)), "NaN, length " + n);
      x[0] = Float.NEGATIVE_INFINITY;
      assertEquals(Double.POSITIVE_INFINITY, Elementwise.sumOfSquares(x, 0, n),
          "-inf, length " + n);
    }
  }
}
