package dev.lanes.nn;

/** Argument checks whose messages name the parameter and its value. */
final class Checks {
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
