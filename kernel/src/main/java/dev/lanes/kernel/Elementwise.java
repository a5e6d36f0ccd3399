package dev.lanes.kernel;

import static dev.lanes.kernel.internal.ElementwiseChecks.requireMatrix;
import static dev.lanes.kernel.internal.ElementwiseChecks.requireNonNegative;
import static dev.lanes.kernel.internal.ElementwiseChecks.requireNonNull;
import static dev.lanes.kernel.internal.ElementwiseChecks.requireRange;

import dev.lanes.kernel.internal.ElementwiseKernel;
import dev.lanes.kernel.internal.SelectedKernels;
import java.util.Arrays;

/**
 * Elementwise arithmetic on float arrays with offsets, and the row and column operations of a
 * dense layer on row-major matrices with a leading dimension.
 *
 * <p>Outputs may alias inputs exactly (same array and offset); partial overlaps give
 * undefined results. Bad arguments throw {@link NullPointerException},
 * {@link IllegalArgumentException} (negative sizes, leading dimension below the columns) or
 * {@link IndexOutOfBoundsException} (offsets and extents), naming the parameter and values,
 * before anything is written.
 */
public final class Elementwise {
  private static final ElementwiseKernel KERNEL = SelectedKernels.ELEMENTWISE;

  private Elementwise() {}

  /** z = x ∘ y, the Hadamard (elementwise) product. */
  public static void hadamard(float[] x, int xOffset, float[] y, int yOffset, float[] z,
      int zOffset, int length) {
    checkBinary(x, xOffset, y, yOffset, z, zOffset, length);
    KERNEL.hadamard(x, xOffset, y, yOffset, z, zOffset, length);
  }

  /** y ← αx + y, with one rounding per element (fused multiply-add). */
  public static void axpy(float alpha, float[] x, int xOffset, float[] y, int yOffset,
      int length) {
    requireNonNull("x", x);
    requireNonNull("y", y);
    requireNonNegative("length", length);
    requireRange("x", x.length, "xOffset", xOffset, length);
    requireRange("y", y.length, "yOffset", yOffset, length);
    KERNEL.axpy(alpha, x, xOffset, y, yOffset, length);
  }

  /** x ← αx. */
  public static void scale(float alpha, float[] x, int xOffset, int length) {
    requireNonNull("x", x);
    requireNonNegative("length", length);
    requireRange("x", x.length, "xOffset", xOffset, length);
    KERNEL.scale(alpha, x, xOffset, x, xOffset, length);
  }

  /** z = x + y. */
  public static void add(float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset,
      int length) {
    checkBinary(x, xOffset, y, yOffset, z, zOffset, length);
    KERNEL.add(x, xOffset, y, yOffset, z, zOffset, length);
  }

  /** m[i][j] += bias[j] over a row-major rows x cols matrix. */
  public static void addBias(int rows, int cols, float[] bias, int biasOffset, float[] m,
      int mOffset, int ldm) {
    requireNonNull("bias", bias);
    requireNonNull("m", m);
    requireNonNegative("rows", rows);
    requireNonNegative("cols", cols);
    requireRange("bias", bias.length, "biasOffset", biasOffset, cols);
    requireMatrix("m", m.length, "mOffset", mOffset, "ldm", ldm, rows, cols);
    for (int i = 0; i < rows; i++) {
      int row = mOffset + i * ldm;
      KERNEL.add(m, row, bias, biasOffset, m, row, cols);
    }
  }

  /**
   * sums[j] = Σ_i m[i][j], the column sums of a row-major rows x cols matrix (the bias
   * gradient); overwrites sums, which become 0 when rows == 0. Rows are added in order.
   */
  public static void columnSums(int rows, int cols, float[] m, int mOffset, int ldm,
      float[] sums, int sumsOffset) {
    requireNonNull("m", m);
    requireNonNull("sums", sums);
    requireNonNegative("rows", rows);
    requireNonNegative("cols", cols);
    requireMatrix("m", m.length, "mOffset", mOffset, "ldm", ldm, rows, cols);
    requireRange("sums", sums.length, "sumsOffset", sumsOffset, cols);
    if (rows == 0 || cols == 0) {
      Arrays.fill(sums, sumsOffset, sumsOffset + cols, 0f);
      return;
    }
    System.arraycopy(m, mOffset, sums, sumsOffset, cols);
    for (int i = 1; i < rows; i++) {
      KERNEL.add(sums, sumsOffset, m, mOffset + i * ldm, sums, sumsOffset, cols);
    }
  }

  /**
   * Σ x² in double; the squares are rounded to float and added in float within blocks of
   * 1024 elements, so the relative error is below about 1024·2⁻²⁴ ≈ 6e−5 (far less for
   * random data). A block whose float sum overflows (past 3.4e38) is summed again in double,
   * so the result is finite whenever every element is; squares below about 1e−45 are lost
   * in float. The vector kernels add a block in lane-parallel partial sums, in one fixed
   * order: the same bits on every call, before and after the JIT compiles it, on JDK 17 and
   * 25, for one vector width (another width, or the scalar fallback, adds in another order).
   */
  public static double sumOfSquares(float[] x, int xOffset, int length) {
    requireNonNull("x", x);
    requireNonNegative("length", length);
    requireRange("x", x.length, "xOffset", xOffset, length);
    return KERNEL.sumOfSquares(x, xOffset, length);
  }

  private static void checkBinary(float[] x, int xOffset, float[] y, int yOffset, float[] z,
      int zOffset, int length) {
    requireNonNull("x", x);
    requireNonNull("y", y);
    requireNonNull("z", z);
    requireNonNegative("length", length);
    requireRange("x", x.length, "xOffset", xOffset, length);
    requireRange("y", y.length, "yOffset", yOffset, length);
    requireRange("z", z.length, "zOffset", zOffset, length);
  }
}
