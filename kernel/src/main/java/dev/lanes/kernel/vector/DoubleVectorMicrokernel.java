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

  @Override
  public int mr() {
    return MR;
  }

  @Override
  public int nr() {
    return NR;
  }

  @Override
  public void multiply(int kc, double[] a, int aOffset, double[] b, int bOffset, double alpha,
      double[] addend, int addendOffset, int ldAddend, double[] c, int cOffset, int ldc) {
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
      int ap = aOffset + p * MR;
      int bp = bOffset + p * NR;
      DoubleVector b0 = DoubleVector.fromArray(SPECIES, b, bp);
      DoubleVector b1 = DoubleVector.fromArray(SPECIES, b, bp + LANES);
      DoubleVector ar = DoubleVector.broadcast(SPECIES, a[ap]);
      c0a = ar.fma(b0, c0a); c0b = ar.fma(b1, c0b);
      ar = DoubleVector.broadcast(SPECIES, a[ap + 1]);
      c1a = ar.fma(b0, c1a); c1b = ar.fma(b1, c1b);
      ar = DoubleVector.broadcast(SPECIES, a[ap + 2]);
      c2a = ar.fma(b0, c2a); c2b = ar.fma(b1, c2b);
      ar = DoubleVector.broadcast(SPECIES, a[ap + 3]);
      c3a = ar.fma(b0, c3a); c3b = ar.fma(b1, c3b);
      ar = DoubleVector.broadcast(SPECIES, a[ap + 4]);
      c4a = ar.fma(b0, c4a); c4b = ar.fma(b1, c4b);
      ar = DoubleVector.broadcast(SPECIES, a[ap + 5]);
      c5a = ar.fma(b0, c5a); c5b = ar.fma(b1, c5b);
      ar = DoubleVector.broadcast(SPECIES, a[ap + 6]);
      c6a = ar.fma(b0, c6a); c6b = ar.fma(b1, c6b);
      ar = DoubleVector.broadcast(SPECIES, a[ap + 7]);
      c7a = ar.fma(b0, c7a); c7b = ar.fma(b1, c7b);
      ar = DoubleVector.broadcast(SPECIES, a[ap + 8]);
      c8a = ar.fma(b0, c8a); c8b = ar.fma(b1, c8b);
      ar = DoubleVector.broadcast(SPECIES, a[ap + 9]);
      c9a = ar.fma(b0, c9a); c9b = ar.fma(b1, c9b);
      ar = DoubleVector.broadcast(SPECIES, a[ap + 10]);
      c10a = ar.fma(b0, c10a); c10b = ar.fma(b1, c10b);
      ar = DoubleVector.broadcast(SPECIES, a[ap + 11]);
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
}
