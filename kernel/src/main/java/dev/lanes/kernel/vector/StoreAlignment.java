package dev.lanes.kernel.vector;

/**
 * Where the vector loops of the streaming kernels start, so that their stores do not straddle
 * cache lines. C2 aligns the stores of the loops it vectorizes by their address, which Java code
 * cannot read. But G1 starts a large array (a humongous object) on a region boundary with its
 * 16-byte header first, so element j of a float[] starts a 64-byte line when j ≡ 12 (mod 16).
 * Shorter arrays lie anywhere, so they are not peeled: the guess would be a coin toss there.
 */
final class StoreAlignment {
  /** Arrays at least this long (1 MiB of floats, far beyond L2) get their stores aligned. */
  private static final int MIN_LENGTH = 1 << 18;
  /** The index, modulo 16, of a float that starts a line in a G1 humongous array. */
  private static final int LINE_START = 12;

  private StoreAlignment() {}

  /**
   * How many leading elements the scalar twin does before a vector loop of {@code lanes}
   * floats stores into {@code array[offset + i]}: 0 for arrays shorter than 1 MiB, else what
   * brings {@code offset + i} to a line start (a multiple of the vector size for vectors
   * under 64 bytes).
   */
  static int leadingElements(int offset, int length, int lanes) {
    return length < MIN_LENGTH ? 0 : Math.floorMod(LINE_START - offset, 16) % lanes;
  }
}
