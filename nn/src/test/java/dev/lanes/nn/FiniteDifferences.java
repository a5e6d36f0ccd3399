package dev.lanes.nn;

import java.util.function.DoubleSupplier;

/**
 * Central differences in double precision of a network's loss, through the public one-call
 * API only, and the comparison rule a correct gradient meets and a wrong one does not.
 */
final class FiniteDifferences {
  /** The step; weights move by ±STEP (rounded to float, the exact difference is used). */
  static final float STEP = 1e-3f;
  /** |analytic − numeric| may be at most ABSOLUTE + RELATIVE·|numeric|. */
  static final double ABSOLUTE = 1e-4;
  static final double RELATIVE = 1e-2;

  private FiniteDifferences() {}

  /** The numeric gradient of {@code loss} with respect to every element of {@code values}. */
  static double[] gradient(float[] values, Runnable install, DoubleSupplier loss) {
    double[] numeric = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      float original = values[i];
      float plus = original + STEP;
      float minus = original - STEP;
      values[i] = plus;
      install.run();
      double lossPlus = loss.getAsDouble();
      values[i] = minus;
      install.run();
      double lossMinus = loss.getAsDouble();
      values[i] = original;
      install.run();
      // ∂L/∂v ≈ (L(v + h) − L(v − h)) / 2h
      numeric[i] = (lossPlus - lossMinus) / ((double) plus - minus);
    }
    return numeric;
  }

  /** The first index where {@code analytic} breaks the rule, or −1 if none does. */
  static int firstMismatch(float[] analytic, double[] numeric) {
    for (int i = 0; i < numeric.length; i++) {
      if (!(Math.abs(analytic[i] - numeric[i]) <= ABSOLUTE + RELATIVE * Math.abs(numeric[i]))) {
        return i;
      }
    }
    return -1;
  }

  /** The largest |analytic − numeric| / (ABSOLUTE + RELATIVE·|numeric|): below 1 passes. */
  static double worstRatio(float[] analytic, double[] numeric) {
    double worst = 0;
    for (int i = 0; i < numeric.length; i++) {
      worst = Math.max(worst, Math.abs(analytic[i] - numeric[i])
          / (ABSOLUTE + RELATIVE * Math.abs(numeric[i])));
    }
    return worst;
  }
}
