package dev.lanes.bench;

import java.util.SplittableRandom;

/**
 * Random operands A and B of one benchmarked product, in the layout its {@link GemmShape} gives,
 * and the correctness check every peer passes once before it is timed: a wrong product must
 * never produce a number.
 */
public final class GemmOperands {
  private static final int SAMPLES = 64;

  public final GemmShape shape;
  public final Precision precision;
  /** A and B as stored, float; null for double operands. */
  public final float[] aFloat;
  public final float[] bFloat;
  /** A and B as stored, double; null for float operands. */
  public final double[] aDouble;
  public final double[] bDouble;

  private GemmOperands(GemmShape shape, Precision precision, long seed) {
    this.shape = shape;
    this.precision = precision;
    SplittableRandom random = new SplittableRandom(seed);
    int aLength = shape.aRows() * shape.lda();
    int bLength = shape.bRows() * shape.ldb();
    if (precision == Precision.FLOAT) {
      aFloat = randomFloats(random, aLength);
      bFloat = randomFloats(random, bLength);
      aDouble = null;
      bDouble = null;
    } else {
      aDouble = random.doubles(aLength, -1, 1).toArray();
      bDouble = random.doubles(bLength, -1, 1).toArray();
      aFloat = null;
      bFloat = null;
    }
  }

  /** Operands with entries uniform in [-1, 1), the same for the same seed. */
  public static GemmOperands random(GemmShape shape, Precision precision, long seed) {
    return new GemmOperands(shape, precision, seed);
  }

  private static float[] randomFloats(SplittableRandom random, int length) {
    float[] values = new float[length];
    for (int i = 0; i < length; i++) {
      values[i] = (float) random.nextDouble(-1, 1);
    }
    return values;
  }

  private double a(int i, int p) {
    int index = shape.aIndex(i, p);
    return precision == Precision.FLOAT ? aFloat[index] : aDouble[index];
  }

  private double b(int p, int j) {
    int index = shape.bIndex(p, j);
    return precision == Precision.FLOAT ? bFloat[index] : bDouble[index];
  }

  /** Reads entry C[i][j] of a peer's result. */
  @FunctionalInterface
  public interface ResultEntry {
    double at(int i, int j);
  }

  /**
   * Checks {@code result} against op(A)·op(B) accumulated in double on a sample of entries
   * (the four corners and random ones), within the bound |c − ref| ≤ 2(k+4)·u·Σ|a·b| that holds
   * for any summation order.
   *
   * @throws IllegalStateException naming the peer, the entry and both values if one is off
   */
  public void verify(String peer, ResultEntry result) {
    SplittableRandom random = new SplittableRandom(7);
    for (int s = 0; s < SAMPLES; s++) {
      boolean corner = s < 4;
      int i = corner ? (s < 2 ? 0 : shape.m() - 1) : random.nextInt(shape.m());
      int j = corner ? (s % 2 == 0 ? 0 : shape.n() - 1) : random.nextInt(shape.n());
      double sum = 0;
      double magnitude = 0;
      for (int p = 0; p < shape.k(); p++) {
        double product = a(i, p) * b(p, j);
        sum += product;
        magnitude += Math.abs(product);
      }
      double bound = 2.0 * (shape.k() + 4) * precision.unitRoundoff * magnitude;
      double actual = result.at(i, j);
      if (!(Math.abs(actual - sum) <= bound)) {
        throw new IllegalStateException(peer + " computed a wrong " + precision.name().toLowerCase()
            + " product for size=" + shape.name() + ": C[" + i + "][" + j + "]=" + actual
            + " but the double reference is " + sum + " (allowed error " + bound + ")");
      }
    }
  }
}
