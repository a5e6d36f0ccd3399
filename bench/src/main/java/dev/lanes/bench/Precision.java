package dev.lanes.bench;

/** The element type of a benchmarked product, named by the JMH parameter {@code precision}. */
public enum Precision {
  FLOAT(0x1p-24),
  DOUBLE(0x1p-53);

  /** The unit roundoff u of the type. */
  public final double unitRoundoff;

  Precision(double unitRoundoff) {
    this.unitRoundoff = unitRoundoff;
  }

  /**
   * The precision named {@code "float"} or {@code "double"}.
   *
   * @throws IllegalArgumentException for any other name
   */
  public static Precision parse(String name) {
    switch (name) {
      case "float":
        return FLOAT;
      case "double":
        return DOUBLE;
      default:
        throw new IllegalArgumentException("precision=" + name + " must be float or double");
    }
  }
}
