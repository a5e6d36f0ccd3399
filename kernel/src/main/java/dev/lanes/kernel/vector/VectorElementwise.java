package dev.lanes.kernel.vector;

import static dev.lanes.kernel.internal.ScalarElementwise.SUM_BLOCK;
import static jdk.incubator.vector.VectorOperators.ADD;
import static jdk.incubator.vector.VectorOperators.MAX;

import dev.lanes.kernel.internal.ElementwiseKernel;
import dev.lanes.kernel.internal.OneIndexLoops;
import dev.lanes.kernel.internal.ScalarElementwise;
import dev.lanes.kernel.internal.VectorSupport;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector twin of {@link ScalarElementwise}: the same operations lane by lane, so results
 * are bitwise identical except for the order in which reductions add up. Each loop covers
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
    // Blocks of SUM_BLOCK (a multiple of every lane count), the last one short: each in
    // vectors up to its last whole vector, then the scalar twin for the few elements left.
    for (int start = 0; start < length; start += SUM_BLOCK) {
      int end = Math.min(length, start + SUM_BLOCK);
      int vectorEnd = start + SPECIES.loopBound(end - start);
      FloatVector sums = FloatVector.zero(SPECIES);
      for (int i = start; i < vectorEnd; i += LANES) {
        FloatVector v = FloatVector.fromArray(SPECIES, x, xOffset + i);
        sums = v.fma(v, sums);
      }
      double block = sums.reduceLanes(ADD)
          + TAIL.sumOfSquares(x, xOffset + vectorEnd, end - vectorEnd);
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
    // Blocked as sumOfSquares.
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
      total += sums.reduceLanes(ADD) + TAIL.squaredError(p, pOffset + vectorEnd, t,
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
