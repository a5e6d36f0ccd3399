package dev.lanes.nn;

/** Argument checks whose messages name the parameter and its value. */
final class Checks {
  /** The longest array every JVM allocates: some reserve header words below Integer.MAX_VALUE. */
  static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

  private Checks() {}

  static int requirePositive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + "=" + value + " must be >= 1");
    }
    return value;
  }

  static void requireNonNegative(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(name + "=" + value + " must be >= 0");
    }
  }

  static void requireFinite(String name, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(name + "=" + value + " must be finite");
    }
  }

  /**
   * Requires {@code rows × columns} elements (both counts positive) to fit one array, and
   * returns that length.
   */
  static int requireArrayLength(String rowsName, int rows, String columnsName, int columns) {
    // in long: the int product wraps, to a negative length or silently to a short array
    long length = (long) rows * columns;
    if (length > MAX_ARRAY_LENGTH) {
      throw new IllegalArgumentException(rowsName + "=" + rows + " times " + columnsName + "="
          + columns + " is " + length + " elements, more than the largest Java array ("
          + MAX_ARRAY_LENGTH + ")");
    }
    return (int) length;
  }

  static void requireLength(String name, float[] array, int expected) {
    if (array.length != expected) {
      throw new IllegalArgumentException(
          name + ".length=" + array.length + " must be " + expected);
    }
  }

  /** Requires {@code array[offset .. offset + length)} to exist. */
  static void requireExtent(String name, int arrayLength, int offset, long length) {
    if (offset < 0 || offset + length > arrayLength) {
      throw new IllegalArgumentException(name + ": offset=" + offset + " + length=" + length
          + " exceeds the array length " + arrayLength);
    }
  }
}
