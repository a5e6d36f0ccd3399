package dev.lanes.kernel;

/** Distances between floats in units in the last place, for accuracy assertions. */
public final class Ulps {
  private Ulps() {}

  /**
   * The number of floats between expected and actual, counting across zero (−0 and +0 are
   * the same point); 0 for two NaNs, Long.MAX_VALUE for a NaN against a number.
   */
  public static long between(float expected, float actual) {
    if (Float.isNaN(expected) || Float.isNaN(actual)) {
      return Float.isNaN(expected) && Float.isNaN(actual) ? 0 : Long.MAX_VALUE;
    }
    return Math.abs(ordered(expected) - ordered(actual));
  }

  private static long ordered(float x) {
    int bits = Float.floatToRawIntBits(x);
    return bits < 0 ? -(long) (bits & Integer.MAX_VALUE) : bits;
  }
}
