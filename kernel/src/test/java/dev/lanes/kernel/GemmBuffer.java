package dev.lanes.kernel;

import java.util.Arrays;
import java.util.Objects;

/** A float[] or double[] behind one interface, compared bit for bit. */
public final class GemmBuffer {
  private final float[] floats;
  private final double[] doubles;

  private GemmBuffer(float[] floats, double[] doubles) {
    this.floats = floats;
    this.doubles = doubles;
  }

  /** A zero-filled array of the given element type. */
  public static GemmBuffer of(GemmPrecision precision, int length) {
    return precision == GemmPrecision.FLOAT ? new GemmBuffer(new float[length], null)
        : new GemmBuffer(null, new double[length]);
  }

  public GemmPrecision precision() {
    return floats != null ? GemmPrecision.FLOAT : GemmPrecision.DOUBLE;
  }

  public float[] floats() {
    return Objects.requireNonNull(floats, "not a float buffer");
  }

  public double[] doubles() {
    return Objects.requireNonNull(doubles, "not a double buffer");
  }

  public int length() {
    return floats != null ? floats.length : doubles.length;
  }

  public double get(int i) {
    return floats != null ? floats[i] : doubles[i];
  }

  /** Stores {@code value}, rounded to the element type. */
  public void set(int i, double value) {
    if (floats != null) {
      floats[i] = (float) value;
    } else {
      doubles[i] = value;
    }
  }

  /** Stores the raw bits of an element (a NaN payload survives, unlike through a double). */
  public void setBits(int i, long bits) {
    if (floats != null) {
      floats[i] = Float.intBitsToFloat((int) bits);
    } else {
      doubles[i] = Double.longBitsToDouble(bits);
    }
  }

  /** The raw bits of an element. */
  public long bits(int i) {
    return floats != null ? Float.floatToRawIntBits(floats[i])
        : Double.doubleToRawLongBits(doubles[i]);
  }

  public void fill(double value) {
    if (floats != null) {
      Arrays.fill(floats, (float) value);
    } else {
      Arrays.fill(doubles, value);
    }
  }

  public GemmBuffer copy() {
    return floats != null ? new GemmBuffer(floats.clone(), null)
        : new GemmBuffer(null, doubles.clone());
  }

  /** Whether the two buffers hold the same bits at every index. */
  public boolean sameBits(GemmBuffer other) {
    return floats != null ? Arrays.equals(rawBits(floats), rawBits(other.floats()))
        : Arrays.equals(rawBits(doubles), rawBits(other.doubles()));
  }

  private static int[] rawBits(float[] values) {
    int[] bits = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      bits[i] = Float.floatToRawIntBits(values[i]);
    }
    return bits;
  }

  private static long[] rawBits(double[] values) {
    long[] bits = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      bits[i] = Double.doubleToRawLongBits(values[i]);
    }
    return bits;
  }
}
