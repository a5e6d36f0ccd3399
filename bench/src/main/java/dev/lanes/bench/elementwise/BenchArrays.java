package dev.lanes.bench.elementwise;

import java.util.SplittableRandom;

/** Random inputs for the elementwise benchmarks. */
final class BenchArrays {
  private BenchArrays() {}

  /** n floats uniform in [lo, hi), the same for the same seed. */
  static float[] uniform(int n, double lo, double hi, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    float[] a = new float[n];
    for (int i = 0; i < n; i++) {
      a[i] = (float) random.nextDouble(lo, hi);
    }
    return a;
  }
}
