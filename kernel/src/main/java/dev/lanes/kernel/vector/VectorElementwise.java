package dev.lanes.kernel.vector;

import static dev.lanes.kernel.internal.ScalarElementwise.SUM_BLOCK;
import static jdk.incubator.vector.VectorOperators.MAX;

import dev.lanes.kernel.internal.ElementwiseKernel;
import dev.lanes.kernel.internal.FloatScalarRowKernel;
import dev.lanes.kernel.internal.OneIndexLoops;
import dev.lanes.kernel.internal.ScalarElementwise;
import dev.lanes.kernel.internal.VectorSupport;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector twin of {@link ScalarElementwise}: the same operations lane by lane, so results
 * are bitwise identical except for the order in which reductions add up, which is fixed:
 * lane-parallel partial sums, whose lanes are then added in lane order (see
 * {@link LaneSumScratch}). Each loop covers
 * {@code SPECIES.loopBound(length)} and hands the tail to the scalar twin. Hadamard and axpy
 * on arrays that all start at one offset run {@link OneIndexLoops} instead, which C2
 * vectorizes with aligned stores.
 */
public final class VectorElementwise implements ElementwiseKernel {
  private static final VectorSpecies<Float> SPECIES =
      VectorSpecies.of(float.class, VectorShape.forBitSize(VectorSupport.BITS));
  private static final int LANES = SPECIES.length();
  private static final ScalarElementwise TAIL = new ScalarElementwise();

  @Override
  public void hadamard(float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset,
      int length) {
    if (xOffset == yOffset && yOffset == zOffset) {
      OneIndexLoops.hadamard(x, y, z, xOffset, length);
      return;
    }
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector.fromArray(SPECIES, x, xOffset + i)
          .mul(FloatVector.fromArray(SPECIES, y, yOffset + i)).intoArray(z, zOffset + i);
    }
    TAIL.hadamard(x, xOffset + i, y, yOffset + i, z, zOffset + i, length - i);
  }

  @Override
  public void add(float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset,
      int length) {
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector.fromArray(SPECIES, x, xOffset + i)
          .add(FloatVector.fromArray(SPECIES, y, yOffset + i)).intoArray(z, zOffset + i);
    }
    TAIL.add(x, xOffset + i, y, yOffset + i, z, zOffset + i, length - i);
  }

  @Override
  public void axpy(float alpha, float[] x, int xOffset, float[] y, int yOffset, int length) {
    if (xOffset == yOffset) {
      OneIndexLoops.axpy(alpha, x, y, xOffset, length);
      return;
    }
    FloatVector a = FloatVector.broadcast(SPECIES, alpha);
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      a.fma(FloatVector.fromArray(SPECIES, x, xOffset + i),
          FloatVector.fromArray(SPECIES, y, yOffset + i)).intoArray(y, yOffset + i);
    }
    TAIL.axpy(alpha, x, xOffset + i, y, yOffset + i, length - i);
  }

  @Override
  public void scale(float alpha, float[] x, int xOffset, float[] y, int yOffset, int length) {
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector.fromArray(SPECIES, x, xOffset + i).mul(alpha).intoArray(y, yOffset + i);
    }
    TAIL.scale(alpha, x, xOffset + i, y, yOffset + i, length - i);
  }

  @Override
  public double sumOfSquares(float[] x, int xOffset, int length) {
    double total = 0;
    float[] lanes = LaneSumScratch.get();
    // Blocks of SUM_BLOCK (a multiple of 4·LANES), the last one short: each in four
    // interleaved vector sums (vector q of every four adds into sums q: four independent fma
    // chains, where one chain was bound by the fma latency), whole vectors left over into
    // sums 0, then (s0 + s1) + (s2 + s3) lane by lane, its lanes added in lane order, and
    // the scalar twin for the few elements left.
    for (int start = 0; start < length; start += SUM_BLOCK) {
      int end = Math.min(length, start + SUM_BLOCK);
      int quadEnd = start + (end - start) / (4 * LANES) * (4 * LANES);
      int vectorEnd = start + SPECIES.loopBound(end - start);
      FloatVector sums0 = FloatVector.zero(SPECIES);
      FloatVector sums1 = sums0;
      FloatVector sums2 = sums0;
      FloatVector sums3 = sums0;
      int i = start;
      for (; i < quadEnd; i += 4 * LANES) {
        FloatVector v0 = FloatVector.fromArray(SPECIES, x, xOffset + i);
        FloatVector v1 = FloatVector.fromArray(SPECIES, x, xOffset + i + LANES);
        FloatVector v2 = FloatVector.fromArray(SPECIES, x, xOffset + i + 2 * LANES);
        FloatVector v3 = FloatVector.fromArray(SPECIES, x, xOffset + i + 3 * LANES);
        sums0 = v0.fma(v0, sums0);
        sums1 = v1.fma(v1, sums1);
        sums2 = v2.fma(v2, sums2);
        sums3 = v3.fma(v3, sums3);
      }
      for (; i < vectorEnd; i += LANES) {
        FloatVector v = FloatVector.fromArray(SPECIES, x, xOffset + i);
        sums0 = v.fma(v, sums0);
      }
      FloatVector sums = sums0.add(sums1).add(sums2.add(sums3));
      sums.intoArray(lanes, 0);
      float vectorSum = FloatScalarRowKernel.sumInLaneOrder(lanes, 0, LANES);
      double block = vectorSum + TAIL.sumOfSquares(x, xOffset + vectorEnd, end - vectorEnd);
      total += Double.isFinite(block) ? block
          : ScalarElementwise.sumOfSquaresInDouble(x, xOffset + start, end - start);
    }
    return total;
  }

  @Override
  public float max(float[] x, int xOffset, int length) {
    if (length < LANES) {
      return TAIL.max(x, xOffset, length);
    }
    FloatVector maxima = FloatVector.fromArray(SPECIES, x, xOffset);
    int i = LANES;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      maxima = maxima.max(FloatVector.fromArray(SPECIES, x, xOffset + i));
    }
    float max = maxima.reduceLanes(MAX);
    return i == length ? max : Math.max(max, TAIL.max(x, xOffset + i, length - i));
  }

  @Override
  public double squaredError(float[] p, int pOffset, float[] t, int tOffset, float[] gradient,
      int gradientOffset, float gradientScale, int length) {
    double total = 0;
    float[] lanes = LaneSumScratch.get();
    // Blocked as sumOfSquares, in one vector sum (the loop also writes the gradient).
    for (int start = 0; start < length; start += SUM_BLOCK) {
      int end = Math.min(length, start + SUM_BLOCK);
      int vectorEnd = start + SPECIES.loopBound(end - start);
      FloatVector sums = FloatVector.zero(SPECIES);
      for (int i = start; i < vectorEnd; i += LANES) {
        FloatVector d = FloatVector.fromArray(SPECIES, p, pOffset + i)
            .sub(FloatVector.fromArray(SPECIES, t, tOffset + i));
        sums = d.fma(d, sums);
        if (gradient != null) {
          d.mul(gradientScale).intoArray(gradient, gradientOffset + i);
        }
      }
      sums.intoArray(lanes, 0);
      float vectorSum = FloatScalarRowKernel.sumInLaneOrder(lanes, 0, LANES);
      total += vectorSum + TAIL.squaredError(p, pOffset + vectorEnd, t,
          tOffset + vectorEnd, gradient, gradientOffset + vectorEnd, gradientScale,
          end - vectorEnd);
    }
    return total;
  }

  @Override
  public void sgdMomentum(float learningRate, float momentum, float weightDecay, float[] w,
      int wOffset, float[] g, int gOffset, float[] velocity, int velocityOffset, int length) {
    FloatVector mu = FloatVector.broadcast(SPECIES, momentum);
    FloatVector lambda = FloatVector.broadcast(SPECIES, weightDecay);
    FloatVector minusEta = FloatVector.broadcast(SPECIES, -learningRate);
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector wv = FloatVector.fromArray(SPECIES, w, wOffset + i);
      // Δ ← μΔ + (g + λw)
      FloatVector v = mu.fma(FloatVector.fromArray(SPECIES, velocity, velocityOffset + i),
          lambda.fma(wv, FloatVector.fromArray(SPECIES, g, gOffset + i)));
      v.intoArray(velocity, velocityOffset + i);
      // w ← w − ηΔ
      minusEta.fma(v, wv).intoArray(w, wOffset + i);
    }
    TAIL.sgdMomentum(learningRate, momentum, weightDecay, w, wOffset + i, g, gOffset + i,
        velocity, velocityOffset + i, length - i);
  }
}
