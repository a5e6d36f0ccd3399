package dev.lanes.kernel.internal;

/**
 * The argument checks of the activation, elementwise, loss and optimizer kernels. Every check
 * runs before anything is written; each message names the parameter and the values. Ends of
 * ranges are computed in long, so a large extent cannot overflow int silently.
 */
public final class ElementwiseChecks {
  private ElementwiseChecks() {}

  /**
   * Throws NullPointerException {@code "name must not be null"} when value is null. A plain
   * test rather than Objects.requireNonNull with a message supplier: the capturing lambda cost
   * ReLU at n = 64K about a tenth of its speed in a probe, on a call that is never null.
   */
  public static <T> T requireNonNull(String name, T value) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }

  /** Throws IllegalArgumentException unless {@code value >= 0}. */
  public static void requireNonNegative(String name, int value) {
    GemmChecks.requireNonNegative(name, value);
  }

  /**
   * Checks that {@code length} elements from {@code offset} lie inside an array of
   * {@code arrayLength}: 0 <= offset <= offset + length <= arrayLength, also for an empty range
   * (as {@link java.util.Arrays#fill(float[], int, int, float)} requires).
   */
  public static void requireRange(String array, int arrayLength, String offsetName, int offset,
      int length) {
    if (offset < 0) {
      throw new IndexOutOfBoundsException(offsetName + "=" + offset + " must be >= 0");
    }
    long end = (long) offset + length;
    if (end > arrayLength) {
      throw new IndexOutOfBoundsException(array + ".length=" + arrayLength + " is too short: it"
          + " needs " + offsetName + " + length = " + offset + " + " + length + " = " + end
          + " elements");
    }
  }

  /**
   * Throws IllegalArgumentException unless the leaky ReLU's slope is >= 0: its backward pass
   * reads the derivative from the sign of the output h = g(a), which a negative slope flips.
   */
  public static void requireBackwardSlope(float slope) {
    if (!(slope >= 0)) {
      throw new IllegalArgumentException("slope=" + slope + " must be >= 0: the leaky ReLU's"
          + " derivative is read from the sign of its output, which a negative slope flips");
    }
  }

  /** Throws IllegalArgumentException unless {@code ld >= max(1, cols)}. */
  public static void requireLeadingDimension(String name, int ld, int cols) {
    if (ld < Math.max(1, cols)) {
      throw new IllegalArgumentException(name + "=" + ld + " must be >= max(1, cols=" + cols
          + ")");
    }
  }

  /**
   * Checks the leading dimension of a row-major rows x cols matrix at {@code offset} and that
   * the matrix lies inside an array of {@code arrayLength}.
   */
  public static void requireMatrix(String array, int arrayLength, String offsetName, int offset,
      String ldName, int ld, int rows, int cols) {
    requireLeadingDimension(ldName, ld, cols);
    GemmChecks.requireExtent(array, arrayLength, offsetName, offset, ldName, ld, rows, cols);
  }
}
