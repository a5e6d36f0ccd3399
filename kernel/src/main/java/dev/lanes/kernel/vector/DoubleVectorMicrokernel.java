package dev.lanes.kernel.vector;

import dev.lanes.kernel.internal.DoubleMicrokernel;
import dev.lanes.kernel.internal.DoubleScalarMicrokernel;
import dev.lanes.kernel.internal.VectorSupport;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorShuffle;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector microkernel: a 12 x (2·lanes) tile of C held in 24 vector accumulators (of the
 * 32 registers AVX-512 has), one broadcast of A and two loads of B per row and depth step.
 * The species is a constant of this JVM ({@link VectorSupport#BITS}), so C2 compiles it to
 * plain FMA instructions. Rounding is exactly that of {@link DoubleMicrokernel}.
 *
 * <p>Everything is written out in each branch-free method on purpose: a vector passed to a
 * method that C2 does not inline is boxed, which costs more than the arithmetic, and a larger
 * method no longer fits C1's register allocator, which delays C2 indefinitely. That is why
 * {@link #multiply} and {@link #multiplyPacked} repeat the same accumulators and tail and
 * differ only in their index arithmetic: with the constant strides of packed panels C2 keeps
 * one pointer per operand and hoists the bounds checks of B, which leaves about 20 scalar
 * instructions per depth step beside the 24 FMAs instead of about 45 (12 row offsets, partly
 * spilled, each with its own bounds check). Unrolling the depth loop by two was tried and is
 * slower: C2 then shuffles the accumulators between registers and spills one.
 */
public final class DoubleVectorMicrokernel implements DoubleMicrokernel {
  private static final VectorSpecies<Double> SPECIES =
      VectorSpecies.of(double.class, VectorShape.forBitSize(VectorSupport.BITS));
  private static final int LANES = SPECIES.length();
  private static final int MR = 12;
  private static final int NR = 2 * LANES;
  private static final int SHORT_MR = 4;
  /**
   * Whether a rearrange by a constant shuffle compiles to a bare permute. JDK 17 checks the
   * shuffle's indexes at every rearrange (a conversion, a compare and a branch), which made
   * {@link #transpose} slower than the scalar twin's copy (0.5-0.6 against 0.33 ns per
   * element, slivers in L2); on JDK 25 it takes 0.18. Versions in between were not measured.
   */
  private static final boolean CHEAP_REARRANGE = Runtime.version().feature() >= 25;
  private static final DoubleScalarMicrokernel SCALAR_TWIN = new DoubleScalarMicrokernel();
  /**
   * The rounds of {@link #transpose}: rotations by w lanes and the masks of the lanes
   * whose index has bit w set (upper) or clear (lower).
   */
  private static final VectorShuffle<Double> ROTATE_RIGHT_8 = rotation(-8);
  private static final VectorShuffle<Double> ROTATE_LEFT_8 = rotation(8);
  private static final VectorMask<Double> UPPER_8 = lanesWithBit(8, true);
  private static final VectorMask<Double> LOWER_8 = lanesWithBit(8, false);
  private static final VectorShuffle<Double> ROTATE_RIGHT_4 = rotation(-4);
  private static final VectorShuffle<Double> ROTATE_LEFT_4 = rotation(4);
  private static final VectorMask<Double> UPPER_4 = lanesWithBit(4, true);
  private static final VectorMask<Double> LOWER_4 = lanesWithBit(4, false);
  private static final VectorShuffle<Double> ROTATE_RIGHT_2 = rotation(-2);
  private static final VectorShuffle<Double> ROTATE_LEFT_2 = rotation(2);
  private static final VectorMask<Double> UPPER_2 = lanesWithBit(2, true);
  private static final VectorMask<Double> LOWER_2 = lanesWithBit(2, false);
  private static final VectorShuffle<Double> ROTATE_RIGHT_1 = rotation(-1);
  private static final VectorShuffle<Double> ROTATE_LEFT_1 = rotation(1);
  private static final VectorMask<Double> UPPER_1 = lanesWithBit(1, true);
  private static final VectorMask<Double> LOWER_1 = lanesWithBit(1, false);

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
  public void multiplyPacked(int kc, double[] a, int aOffset, double[] b, int bOffset,
      double alpha, double[] addend, int addendOffset, int ldAddend, double[] c, int cOffset,
      int ldc) {
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

  /**
   * Blocks of lanes x lanes are transposed in registers: log2(lanes) rounds that each swap the
   * off-diagonal halves of 2w x 2w sub-blocks (a rotation by w lanes and a blend per row); the
   * depth left over is copied element by element. The rows are taken in groups of lanes, the
   * last group first; a short group repeats its last row, and each of its depth steps is
   * stored as a whole vector, whose surplus lanes land on the next step, which the group
   * below or the next step overwrites. Statements for lanes beyond the lane count are guarded
   * by the constant LANES, which C2 folds away.
   */
  @Override
  public void transpose(double[] src, int from, int ld, int rows, int depth, double[] dest,
      int to, int destStride) {
    // A short group's vector stores spill into the next depth step; the last group starts at
    // lastGroup, so the spill stays within that step when lastGroup + LANES <= 2*destStride.
    int lastGroup = (rows - 1) / LANES * LANES;
    if (!CHEAP_REARRANGE || rows == 0 || lastGroup + LANES > 2 * destStride) {
      SCALAR_TWIN.transpose(src, from, ld, rows, depth, dest, to, destStride);
      return;
    }
    // With a short group, leave at least one step to the element-by-element copy, which
    // overwrites the last spill.
    int vectorDepth = rows % LANES == 0 ? depth : depth - 1;
    int p = 0;
    // Two-lane rearranges are not compiled to shuffles on every JDK: copy those by element.
    for (; LANES >= 4 && p + LANES <= vectorDepth; p += LANES) {
      for (int group = lastGroup; group >= 0; group -= LANES) {
        int row = from + group * ld + p;
        // A short group repeats its last row in the lanes it does not have.
        int last = Math.min(LANES, rows - group) - 1;
        DoubleVector v0 = DoubleVector.fromArray(SPECIES, src, row);
        DoubleVector v1 = DoubleVector.fromArray(SPECIES, src, row + Math.min(1, last) * ld);
        DoubleVector v2 = v0;
        DoubleVector v3 = v0;
        DoubleVector v4 = v0;
        DoubleVector v5 = v0;
        DoubleVector v6 = v0;
        DoubleVector v7 = v0;
        DoubleVector v8 = v0;
        DoubleVector v9 = v0;
        DoubleVector v10 = v0;
        DoubleVector v11 = v0;
        DoubleVector v12 = v0;
        DoubleVector v13 = v0;
        DoubleVector v14 = v0;
        DoubleVector v15 = v0;
        if (LANES >= 4) {
          v2 = DoubleVector.fromArray(SPECIES, src, row + Math.min(2, last) * ld);
          v3 = DoubleVector.fromArray(SPECIES, src, row + Math.min(3, last) * ld);
        }
        if (LANES >= 8) {
          v4 = DoubleVector.fromArray(SPECIES, src, row + Math.min(4, last) * ld);
          v5 = DoubleVector.fromArray(SPECIES, src, row + Math.min(5, last) * ld);
          v6 = DoubleVector.fromArray(SPECIES, src, row + Math.min(6, last) * ld);
          v7 = DoubleVector.fromArray(SPECIES, src, row + Math.min(7, last) * ld);
        }
        if (LANES == 16) {
          v8 = DoubleVector.fromArray(SPECIES, src, row + Math.min(8, last) * ld);
          v9 = DoubleVector.fromArray(SPECIES, src, row + Math.min(9, last) * ld);
          v10 = DoubleVector.fromArray(SPECIES, src, row + Math.min(10, last) * ld);
          v11 = DoubleVector.fromArray(SPECIES, src, row + Math.min(11, last) * ld);
          v12 = DoubleVector.fromArray(SPECIES, src, row + Math.min(12, last) * ld);
          v13 = DoubleVector.fromArray(SPECIES, src, row + Math.min(13, last) * ld);
          v14 = DoubleVector.fromArray(SPECIES, src, row + Math.min(14, last) * ld);
          v15 = DoubleVector.fromArray(SPECIES, src, row + Math.min(15, last) * ld);
        }
        // w = 8: swap the upper w lanes of row i with the lower w of row i + w
        if (LANES == 16) {
          DoubleVector t0 = v0.blend(v8.rearrange(ROTATE_RIGHT_8), UPPER_8);
          v8 = v8.blend(v0.rearrange(ROTATE_LEFT_8), LOWER_8);
          v0 = t0;
          DoubleVector t1 = v1.blend(v9.rearrange(ROTATE_RIGHT_8), UPPER_8);
          v9 = v9.blend(v1.rearrange(ROTATE_LEFT_8), LOWER_8);
          v1 = t1;
          DoubleVector t2 = v2.blend(v10.rearrange(ROTATE_RIGHT_8), UPPER_8);
          v10 = v10.blend(v2.rearrange(ROTATE_LEFT_8), LOWER_8);
          v2 = t2;
          DoubleVector t3 = v3.blend(v11.rearrange(ROTATE_RIGHT_8), UPPER_8);
          v11 = v11.blend(v3.rearrange(ROTATE_LEFT_8), LOWER_8);
          v3 = t3;
          DoubleVector t4 = v4.blend(v12.rearrange(ROTATE_RIGHT_8), UPPER_8);
          v12 = v12.blend(v4.rearrange(ROTATE_LEFT_8), LOWER_8);
          v4 = t4;
          DoubleVector t5 = v5.blend(v13.rearrange(ROTATE_RIGHT_8), UPPER_8);
          v13 = v13.blend(v5.rearrange(ROTATE_LEFT_8), LOWER_8);
          v5 = t5;
          DoubleVector t6 = v6.blend(v14.rearrange(ROTATE_RIGHT_8), UPPER_8);
          v14 = v14.blend(v6.rearrange(ROTATE_LEFT_8), LOWER_8);
          v6 = t6;
          DoubleVector t7 = v7.blend(v15.rearrange(ROTATE_RIGHT_8), UPPER_8);
          v15 = v15.blend(v7.rearrange(ROTATE_LEFT_8), LOWER_8);
          v7 = t7;
        }
        // w = 4: swap the upper w lanes of row i with the lower w of row i + w
        if (LANES >= 8) {
          DoubleVector t0 = v0.blend(v4.rearrange(ROTATE_RIGHT_4), UPPER_4);
          v4 = v4.blend(v0.rearrange(ROTATE_LEFT_4), LOWER_4);
          v0 = t0;
          DoubleVector t1 = v1.blend(v5.rearrange(ROTATE_RIGHT_4), UPPER_4);
          v5 = v5.blend(v1.rearrange(ROTATE_LEFT_4), LOWER_4);
          v1 = t1;
          DoubleVector t2 = v2.blend(v6.rearrange(ROTATE_RIGHT_4), UPPER_4);
          v6 = v6.blend(v2.rearrange(ROTATE_LEFT_4), LOWER_4);
          v2 = t2;
          DoubleVector t3 = v3.blend(v7.rearrange(ROTATE_RIGHT_4), UPPER_4);
          v7 = v7.blend(v3.rearrange(ROTATE_LEFT_4), LOWER_4);
          v3 = t3;
        }
        if (LANES == 16) {
          DoubleVector t8 = v8.blend(v12.rearrange(ROTATE_RIGHT_4), UPPER_4);
          v12 = v12.blend(v8.rearrange(ROTATE_LEFT_4), LOWER_4);
          v8 = t8;
          DoubleVector t9 = v9.blend(v13.rearrange(ROTATE_RIGHT_4), UPPER_4);
          v13 = v13.blend(v9.rearrange(ROTATE_LEFT_4), LOWER_4);
          v9 = t9;
          DoubleVector t10 = v10.blend(v14.rearrange(ROTATE_RIGHT_4), UPPER_4);
          v14 = v14.blend(v10.rearrange(ROTATE_LEFT_4), LOWER_4);
          v10 = t10;
          DoubleVector t11 = v11.blend(v15.rearrange(ROTATE_RIGHT_4), UPPER_4);
          v15 = v15.blend(v11.rearrange(ROTATE_LEFT_4), LOWER_4);
          v11 = t11;
        }
        // w = 2: swap the upper w lanes of row i with the lower w of row i + w
        if (LANES >= 4) {
          DoubleVector t0 = v0.blend(v2.rearrange(ROTATE_RIGHT_2), UPPER_2);
          v2 = v2.blend(v0.rearrange(ROTATE_LEFT_2), LOWER_2);
          v0 = t0;
          DoubleVector t1 = v1.blend(v3.rearrange(ROTATE_RIGHT_2), UPPER_2);
          v3 = v3.blend(v1.rearrange(ROTATE_LEFT_2), LOWER_2);
          v1 = t1;
        }
        if (LANES >= 8) {
          DoubleVector t4 = v4.blend(v6.rearrange(ROTATE_RIGHT_2), UPPER_2);
          v6 = v6.blend(v4.rearrange(ROTATE_LEFT_2), LOWER_2);
          v4 = t4;
          DoubleVector t5 = v5.blend(v7.rearrange(ROTATE_RIGHT_2), UPPER_2);
          v7 = v7.blend(v5.rearrange(ROTATE_LEFT_2), LOWER_2);
          v5 = t5;
        }
        if (LANES == 16) {
          DoubleVector t8 = v8.blend(v10.rearrange(ROTATE_RIGHT_2), UPPER_2);
          v10 = v10.blend(v8.rearrange(ROTATE_LEFT_2), LOWER_2);
          v8 = t8;
          DoubleVector t9 = v9.blend(v11.rearrange(ROTATE_RIGHT_2), UPPER_2);
          v11 = v11.blend(v9.rearrange(ROTATE_LEFT_2), LOWER_2);
          v9 = t9;
          DoubleVector t12 = v12.blend(v14.rearrange(ROTATE_RIGHT_2), UPPER_2);
          v14 = v14.blend(v12.rearrange(ROTATE_LEFT_2), LOWER_2);
          v12 = t12;
          DoubleVector t13 = v13.blend(v15.rearrange(ROTATE_RIGHT_2), UPPER_2);
          v15 = v15.blend(v13.rearrange(ROTATE_LEFT_2), LOWER_2);
          v13 = t13;
        }
        // w = 1: swap the upper w lanes of row i with the lower w of row i + w
        DoubleVector t0 = v0.blend(v1.rearrange(ROTATE_RIGHT_1), UPPER_1);
        v1 = v1.blend(v0.rearrange(ROTATE_LEFT_1), LOWER_1);
        v0 = t0;
        if (LANES >= 4) {
          DoubleVector t2 = v2.blend(v3.rearrange(ROTATE_RIGHT_1), UPPER_1);
          v3 = v3.blend(v2.rearrange(ROTATE_LEFT_1), LOWER_1);
          v2 = t2;
        }
        if (LANES >= 8) {
          DoubleVector t4 = v4.blend(v5.rearrange(ROTATE_RIGHT_1), UPPER_1);
          v5 = v5.blend(v4.rearrange(ROTATE_LEFT_1), LOWER_1);
          v4 = t4;
          DoubleVector t6 = v6.blend(v7.rearrange(ROTATE_RIGHT_1), UPPER_1);
          v7 = v7.blend(v6.rearrange(ROTATE_LEFT_1), LOWER_1);
          v6 = t6;
        }
        if (LANES == 16) {
          DoubleVector t8 = v8.blend(v9.rearrange(ROTATE_RIGHT_1), UPPER_1);
          v9 = v9.blend(v8.rearrange(ROTATE_LEFT_1), LOWER_1);
          v8 = t8;
          DoubleVector t10 = v10.blend(v11.rearrange(ROTATE_RIGHT_1), UPPER_1);
          v11 = v11.blend(v10.rearrange(ROTATE_LEFT_1), LOWER_1);
          v10 = t10;
          DoubleVector t12 = v12.blend(v13.rearrange(ROTATE_RIGHT_1), UPPER_1);
          v13 = v13.blend(v12.rearrange(ROTATE_LEFT_1), LOWER_1);
          v12 = t12;
          DoubleVector t14 = v14.blend(v15.rearrange(ROTATE_RIGHT_1), UPPER_1);
          v15 = v15.blend(v14.rearrange(ROTATE_LEFT_1), LOWER_1);
          v14 = t14;
        }
        int out = to + p * destStride + group;
        v0.intoArray(dest, out);
        v1.intoArray(dest, out + destStride);
        if (LANES >= 4) {
          v2.intoArray(dest, out + 2 * destStride);
          v3.intoArray(dest, out + 3 * destStride);
        }
        if (LANES >= 8) {
          v4.intoArray(dest, out + 4 * destStride);
          v5.intoArray(dest, out + 5 * destStride);
          v6.intoArray(dest, out + 6 * destStride);
          v7.intoArray(dest, out + 7 * destStride);
        }
        if (LANES == 16) {
          v8.intoArray(dest, out + 8 * destStride);
          v9.intoArray(dest, out + 9 * destStride);
          v10.intoArray(dest, out + 10 * destStride);
          v11.intoArray(dest, out + 11 * destStride);
          v12.intoArray(dest, out + 12 * destStride);
          v13.intoArray(dest, out + 13 * destStride);
          v14.intoArray(dest, out + 14 * destStride);
          v15.intoArray(dest, out + 15 * destStride);
        }
      }
    }
    SCALAR_TWIN.transpose(src, from + p, ld, rows, depth - p, dest, to + p * destStride,
        destStride);
  }

  /** Two vectors per depth step: a loop over nr columns would pay C2's pre and post loops. */
  @Override
  public void packB(double[] b, int from, int ldb, int depth, double[] dest, int to) {
    for (int p = 0; p < depth; p++) {
      int row = from + p * ldb;
      int out = to + p * NR;
      DoubleVector.fromArray(SPECIES, b, row).intoArray(dest, out);
      DoubleVector.fromArray(SPECIES, b, row + LANES).intoArray(dest, out + LANES);
    }
  }

  /** Lane l takes lane (l + by) mod lanes. */
  private static VectorShuffle<Double> rotation(int by) {
    return VectorShuffle.fromOp(SPECIES, lane -> Math.floorMod(lane + by, LANES));
  }

  /** The lanes whose index has bit {@code bit} set ({@code set}) or clear. */
  private static VectorMask<Double> lanesWithBit(int bit, boolean set) {
    boolean[] lanes = new boolean[LANES];
    for (int lane = 0; lane < LANES; lane++) {
      lanes[lane] = ((lane & bit) != 0) == set;
    }
    return VectorMask.fromArray(SPECIES, lanes, 0);
  }
}
