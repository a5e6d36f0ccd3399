package dev.lanes.kernel;

import java.util.Random;

/** Random test inputs. */
public final class TestArrays {
  private TestArrays() {}

  /** n floats, normally distributed with mean 0 and standard deviation sigma. */
  public static float[] gaussian(Random random, int n, double sigma) {
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) (random.nextGaussian() * sigma);
    }
    return a;
  }
}
