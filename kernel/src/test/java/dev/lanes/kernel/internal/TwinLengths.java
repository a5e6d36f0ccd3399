package dev.lanes.kernel.internal;

import java.util.Random;
import java.util.stream.IntStream;

/** Lengths and inputs for comparing a vector twin with its scalar twin. */
final class TwinLengths {
  private TwinLengths() {}

  /**
   * Every length 0..300 (every tail length at 16 lanes and more), the primes up to 1031 and
   * every multiple of 64 ± 1 up to 4099: a few hundred lengths, so that the class stays fast
   * under each forced width.
   */
  static int[] lengths() {
    return IntStream.rangeClosed(0, 4099)
        .filter(n -> n <= 300 || (n <= 1031 && isPrime(n)) || (n + 1) % 64 <= 2)
        .toArray();
  }

  private static boolean isPrime(int n) {
    for (int d = 2; d * d <= n; d++) {
      if (n % d == 0) {
        return false;
      }
    }
    return n > 1;
  }

  /**
   * Random floats: most Gaussian with a scale of 4 (the range activations see), some with
   * random bits (any magnitude, subnormals, NaNs, infinities) and some exact specials.
   */
  static float[] randomFloats(Random random, int n) {
    float[] a = new float[n];
    float[] specials = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
        Float.MIN_VALUE, -Float.MIN_VALUE, Float.MAX_VALUE, 88.7f, -87.5f, -103.9f, 9.1f,
        // the edge of the vector exp path (|a| ≤ 87), where 2^k is smallest, and a NaN with
        // its sign bit set (sigmoid picks its numerator by the sign bit)
        87f, -87f, Math.nextUp(-87f), Math.nextDown(-87f), -86.995f, Math.nextUp(87f),
        Float.intBitsToFloat(0xFFC00000)};
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(20);
      if (kind == 0) {
        a[i] = Float.intBitsToFloat(random.nextInt());
      } else if (kind == 1) {
        a[i] = specials[random.nextInt(specials.length)];
      } else {
        a[i] = (float) (random.nextGaussian() * 4);
      }
    }
    return a;
  }
}
