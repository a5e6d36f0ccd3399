package dev.lanes.kernel.vector;

import dev.lanes.kernel.internal.DoubleMicrokernel;
import dev.lanes.kernel.internal.VectorSupport;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector microkernel: a 12 x (2·lanes) tile of C held in 24 vector accumulators (of the
 * 32 registers AVX-512 has), one broadcast of A and two loads of B per row and depth step.
 * The species is a constant of this JVM ({@link VectorSupport#BITS}), so C2 compiles it to
 * plain FMA instructions. Rounding is exactly that of {@link DoubleMicrokernel}.
 *
 * <p>Everything is written out in this one branch-free method on purpose: a vector passed to
 * a method that C2 does not inline is boxed, which costs more than the arithmetic, and a
 * larger method no longer fits C1's register allocator, which delays C2 indefinitely.
 */
public final class DoubleVectorMicrokernel implements DoubleMicrokernel {
  private static final VectorSpecies<Double> SPECIES =
      VectorSpecies.of(double.class, VectorShape.forBitSize(VectorSupport.BITS));
  private static final int LANES = SPECIES.length();
  private static final int MR = 12;
  private static final int NR = 2 * LANES;
  private static final int SHORT_MR = 4;

  @Override
  public int mr() {
    return MR;
  }

  @Override
  public int nr() {
    return NR;
  }

  @Override
  public void multiply(int kc, double[] a, int aOffset, int aRowStride, int aDepthStride,
      double[] b, int bOffset, int bDepthStride, double alpha, double[] addend,
      int addendOffset, int ldAddend, double[] c, int cOffset, int ldc) {
    int row0 = aOffset;
    int row1 = row0 + aRowStride;
    int row2 = row1 + aRowStride;
    int row3 = row2 + aRowStride;
    int row4 = row3 + aRowStride;
    int row5 = row4 + aRowStride;
    int row6 = row5 + aRowStride;
    int row7 = row6 + aRowStride;
    int row8 = row7 + aRowStride;
    int row9 = row8 + aRowStride;
    int row10 = row9 + aRowStride;
    int row11 = row10 + aRowStride;
    DoubleVector c0a = DoubleVector.zero(SPECIES), c0b = c0a;
    DoubleVector c1a = DoubleVector.zero(SPECIES), c1b = c1a;
    DoubleVector c2a = DoubleVector.zero(SPECIES), c2b = c2a;
    DoubleVector c3a = DoubleVector.zero(SPECIES), c3b = c3a;
    DoubleVector c4a = DoubleVector.zero(SPECIES), c4b = c4a;
    DoubleVector c5a = DoubleVector.zero(SPECIES), c5b = c5a;
    DoubleVector c6a = DoubleVector.zero(SPECIES), c6b = c6a;
    DoubleVector c7a = DoubleVector.zero(SPECIES), c7b = c7a;
    DoubleVector c8a = DoubleVector.zero(SPECIES), c8b = c8a;
    DoubleVector c9a = DoubleVector.zero(SPECIES), c9b = c9a;
    DoubleVector c10a = DoubleVector.zero(SPECIES), c10b = c10a;
    DoubleVector c11a = DoubleVector.zero(SPECIES), c11b = c11a;
    for (int p = 0; p < kc; p++) {
      int ap = p * aDepthStride;
      int bp = bOffset + p * bDepthStride;
      DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bp);
      DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bp + LANES);
      DoubleVector ar = DoubleVector.broadcast(SPECIES, a[row0 + ap]);
      c0a = ar.fma(b0, c0a); c0b = ar.fma(b1, c0b);
      ar = DoubleVector.broadcast(SPECIES, a[row1 + ap]);
      c1a = ar.fma(b0, c1a); c1b = ar.fma(b1, c1b);
      ar = DoubleVector.broadcast(SPECIES, a[row2 + ap]);
      c2a = ar.fma(b0, c2a); c2b = ar.fma(b1, c2b);
      ar = DoubleVector.broadcast(SPECIES, a[row3 + ap]);
      c3a = ar.fma(b0, c3a); c3b = ar.fma(b1, c3b);
      ar = DoubleVector.broadcast(SPECIES, a[row4 + ap]);
      c4a = ar.fma(b0, c4a); c4b = ar.fma(b1, c4b);
      ar = DoubleVector.broadcast(SPECIES, a[row5 + ap]);
      c5a = ar.fma(b0, c5a); c5b = ar.fma(b1, c5b);
      ar = DoubleVector.broadcast(SPECIES, a[row6 + ap]);
      c6a = ar.fma(b0, c6a); c6b = ar.fma(b1, c6b);
      ar = DoubleVector.broadcast(SPECIES, a[row7 + ap]);
      c7a = ar.fma(b0, c7a); c7b = ar.fma(b1, c7b);
      ar = DoubleVector.broadcast(SPECIES, a[row8 + ap]);
      c8a = ar.fma(b0, c8a); c8b = ar.fma(b1, c8b);
      ar = DoubleVector.broadcast(SPECIES, a[row9 + ap]);
      c9a = ar.fma(b0, c9a); c9b = ar.fma(b1, c9b);
      ar = DoubleVector.broadcast(SPECIES, a[row10 + ap]);
      c10a = ar.fma(b0, c10a); c10b = ar.fma(b1, c10b);
      ar = DoubleVector.broadcast(SPECIES, a[row11 + ap]);
      c11a = ar.fma(b0, c11a); c11b = ar.fma(b1, c11b);
    }
    // C ← fma(acc, alpha, addend), row by row.
    DoubleVector alphas = DoubleVector.broadcast(SPECIES, alpha);
    int from = addendOffset;
    int to = cOffset;
    c0a.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from)).intoArray(c, to);
    c0b.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from + LANES))
        .intoArray(c, to + LANES);
    from += ldAddend;
    to += ldc;
    c1a.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from)).intoArray(c, to);
    c1b.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from + LANES))
        .intoArray(c, to + LANES);
    from += ldAddend;
    to += ldc;
    c2a.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from)).intoArray(c, to);
    c2b.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from + LANES))
        .intoArray(c, to + LANES);
    from += ldAddend;
    to += ldc;
    c3a.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from)).intoArray(c, to);
    c3b.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from + LANES))
        .intoArray(c, to + LANES);
    from += ldAddend;
    to += ldc;
    c4a.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from)).intoArray(c, to);
    c4b.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from + LANES))
        .intoArray(c, to + LANES);
    from += ldAddend;
    to += ldc;
    c5a.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from)).intoArray(c, to);
    c5b.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from + LANES))
        .intoArray(c, to + LANES);
    from += ldAddend;
    to += ldc;
    c6a.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from)).intoArray(c, to);
    c6b.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from + LANES))
        .intoArray(c, to + LANES);
    from += ldAddend;
    to += ldc;
    c7a.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from)).intoArray(c, to);
    c7b.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from + LANES))
        .intoArray(c, to + LANES);
    from += ldAddend;
    to += ldc;
    c8a.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from)).intoArray(c, to);
    c8b.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from + LANES))
        .intoArray(c, to + LANES);
    from += ldAddend;
    to += ldc;
    c9a.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from)).intoArray(c, to);
    c9b.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from + LANES))
        .intoArray(c, to + LANES);
    from += ldAddend;
    to += ldc;
    c10a.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from)).intoArray(c, to);
    c10b.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from + LANES))
        .intoArray(c, to + LANES);
    from += ldAddend;
    to += ldc;
    c11a.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from)).intoArray(c, to);
    c11b.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from + LANES))
        .intoArray(c, to + LANES);
  }

  @Override
  public int shortMr() {
    return SHORT_MR;
  }

  /**
   * The first {@value #SHORT_MR} rows of the tile, for the last rows of an A block: 8
   * accumulators are still enough to keep both FMA pipes busy while the operands are in L1,
   * and an edge of up to three quarters of a tile is not computed in vain.
   */
  @Override
  public void multiplyShort(int kc, double[] a, int aOffset, int aRowStride, int aDepthStride,
      double[] b, int bOffset, int bDepthStride, double alpha, double[] addend,
      int addendOffset, int ldAddend, double[] c, int cOffset, int ldc) {
    int row0 = aOffset;
    int row1 = row0 + aRowStride;
    int row2 = row1 + aRowStride;
    int row3 = row2 + aRowStride;
    DoubleVector c0a = DoubleVector.zero(SPECIES), c0b = c0a;
    DoubleVector c1a = DoubleVector.zero(SPECIES), c1b = c1a;
    DoubleVector c2a = DoubleVector.zero(SPECIES), c2b = c2a;
    DoubleVector c3a = DoubleVector.zero(SPECIES), c3b = c3a;
    for (int p = 0; p < kc; p++) {
      int ap = p * aDepthStride;
      int bp = bOffset + p * bDepthStride;
      DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bp);
      DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bp + LANES);
      DoubleVector ar = DoubleVector.broadcast(SPECIES, a[row0 + ap]);
      c0a = ar.fma(b0, c0a); c0b = ar.fma(b1, c0b);
      ar = DoubleVector.broadcast(SPECIES, a[row1 + ap]);
      c1a = ar.fma(b0, c1a); c1b = ar.fma(b1, c1b);
      ar = DoubleVector.broadcast(SPECIES, a[row2 + ap]);
      c2a = ar.fma(b0, c2a); c2b = ar.fma(b1, c2b);
      ar = DoubleVector.broadcast(SPECIES, a[row3 + ap]);
      c3a = ar.fma(b0, c3a); c3b = ar.fma(b1, c3b);
    }
    DoubleVector alphas = DoubleVector.broadcast(SPECIES, alpha);
    int from = addendOffset;
    int to = cOffset;
    c0a.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from)).intoArray(c, to);
    c0b.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from + LANES))
        .intoArray(c, to + LANES);
    from += ldAddend;
    to += ldc;
    c1a.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from)).intoArray(c, to);
    c1b.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from + LANES))
        .intoArray(c, to + LANES);
    from += ldAddend;
    to += ldc;
    c2a.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from)).intoArray(c, to);
    c2b.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from + LANES))
        .intoArray(c, to + LANES);
    from += ldAddend;
    to += ldc;
    c3a.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from)).intoArray(c, to);
    c3b.fma(alphas, DoubleVector.fromArray(SPECIES, addend, from + LANES))
        .intoArray(c, to + LANES);
  }
}
