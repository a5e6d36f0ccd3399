package dev.lanes.kernel.vector;

import static dev.lanes.kernel.internal.FloatMath.C2;
import static dev.lanes.kernel.internal.FloatMath.C3;
import static dev.lanes.kernel.internal.FloatMath.C4;
import static dev.lanes.kernel.internal.FloatMath.C5;
import static dev.lanes.kernel.internal.FloatMath.C6;
import static dev.lanes.kernel.internal.FloatMath.C7;
import static dev.lanes.kernel.internal.FloatMath.C8;
import static dev.lanes.kernel.internal.FloatMath.EXPONENT_BIAS;
import static dev.lanes.kernel.internal.FloatMath.EXP_MAX_ARGUMENT;
import static dev.lanes.kernel.internal.FloatMath.EXP_MIN_ARGUMENT;
import static dev.lanes.kernel.internal.FloatMath.FRACTION_BITS;
import static dev.lanes.kernel.internal.FloatMath.LN2_HI;
import static dev.lanes.kernel.internal.FloatMath.LN2_LO;
import static dev.lanes.kernel.internal.FloatMath.LOG2E;
import static dev.lanes.kernel.internal.FloatMath.SHIFTER;
import static dev.lanes.kernel.internal.FloatMath.SHIFTER_BITS;
import static dev.lanes.kernel.internal.FloatMath.TANH_MIN_EXPONENT;
import static jdk.incubator.vector.VectorOperators.ADD;
import static jdk.incubator.vector.VectorOperators.ASHR;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LT;

import dev.lanes.kernel.internal.ActivationKernel;
import dev.lanes.kernel.internal.FloatMath;
import dev.lanes.kernel.internal.ScalarActivation;
import dev.lanes.kernel.internal.VectorSupport;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector twin of {@link ScalarActivation}: the same operations lane by lane (exp, sigmoid
 * and tanh are {@link FloatMath}'s algorithms), so results are bitwise identical except for
 * the order of the softmax sums. Each loop covers {@code SPECIES.loopBound(length)} and hands
 * the tail to the scalar twin. The private helpers are small enough for C2 to inline, so no
 * vector crosses a real call (JMH -prof gc shows 0 B/op).
 */
public final class VectorActivation implements ActivationKernel {
  private static final VectorSpecies<Float> SPECIES =
      VectorSpecies.of(float.class, VectorShape.forBitSize(VectorSupport.BITS));
  private static final int LANES = SPECIES.length();
  private static final ScalarActivation TAIL = new ScalarActivation();

  @Override
  public void relu(float[] x, int xOffset, float[] y, int yOffset, int length) {
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector v = FloatVector.fromArray(SPECIES, x, xOffset + i);
      v.blend(0f, v.compare(LT, 0f)).intoArray(y, yOffset + i);
    }
    TAIL.relu(x, xOffset + i, y, yOffset + i, length - i);
  }

  @Override
  public void leakyRelu(float slope, float[] x, int xOffset, float[] y, int yOffset,
      int length) {
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector v = FloatVector.fromArray(SPECIES, x, xOffset + i);
      v.mul(slope).blend(v, v.compare(GT, 0f)).intoArray(y, yOffset + i);
    }
    TAIL.leakyRelu(slope, x, xOffset + i, y, yOffset + i, length - i);
  }

  @Override
  public void exp(float[] x, int xOffset, float[] y, int yOffset, int length) {
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      exp(FloatVector.fromArray(SPECIES, x, xOffset + i)).intoArray(y, yOffset + i);
    }
    TAIL.exp(x, xOffset + i, y, yOffset + i, length - i);
  }

  @Override
  public void sigmoid(float[] x, int xOffset, float[] y, int yOffset, int length) {
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector v = FloatVector.fromArray(SPECIES, x, xOffset + i);
      FloatVector e = exp(v.abs().neg());
      // (x < 0 ? e : 1) / (1 + e)
      broadcast(1f).blend(e, v.compare(LT, 0f)).div(e.add(1f))
          .intoArray(y, yOffset + i);
    }
    TAIL.sigmoid(x, xOffset + i, y, yOffset + i, length - i);
  }

  @Override
  public void tanh(float[] x, int xOffset, float[] y, int yOffset, int length) {
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector v = FloatVector.fromArray(SPECIES, x, xOffset + i);
      FloatVector e = v.abs().mul(-2f).max(TANH_MIN_EXPONENT);
      FloatVector shifted = e.fma(LOG2E, SHIFTER);
      FloatVector k = shifted.sub(SHIFTER);
      FloatVector r = k.fma(broadcast(-LN2_LO), k.fma(broadcast(-LN2_HI), e));
      FloatVector scale = shifted.reinterpretAsInts().add(EXPONENT_BIAS)
          .lanewise(LSHL, FRACTION_BITS).reinterpretAsFloats();
      // m = e^(−2|x|) − 1 = 2^k·(e^r − 1) + (2^k − 1); tanh|x| = −m/(2 + m)
      FloatVector m = scale.fma(expm1Polynomial(r), scale.sub(1f));
      FloatVector t = m.div(broadcast(-2f).sub(m));
      // copySign(t, x)
      t.abs().reinterpretAsInts().or(v.reinterpretAsInts().and(Integer.MIN_VALUE))
          .reinterpretAsFloats().intoArray(y, yOffset + i);
    }
    TAIL.tanh(x, xOffset + i, y, yOffset + i, length - i);
  }

  @Override
  public float expShifted(float shift, float[] x, int xOffset, float[] y, int yOffset,
      int length) {
    FloatVector sums = FloatVector.zero(SPECIES);
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector e = exp(FloatVector.fromArray(SPECIES, x, xOffset + i).sub(shift));
      e.intoArray(y, yOffset + i);
      sums = sums.add(e);
    }
    return sums.reduceLanes(ADD)
        + TAIL.expShifted(shift, x, xOffset + i, y, yOffset + i, length - i);
  }

  @Override
  public float sumExpShifted(float shift, float[] x, int xOffset, int length) {
    FloatVector sums = FloatVector.zero(SPECIES);
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      sums = sums.add(exp(FloatVector.fromArray(SPECIES, x, xOffset + i).sub(shift)));
    }
    return sums.reduceLanes(ADD) + TAIL.sumExpShifted(shift, x, xOffset + i, length - i);
  }

  @Override
  public void logSoftmaxRow(float shift, float logSum, float[] x, int xOffset, float[] y,
      int yOffset, int length) {
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector.fromArray(SPECIES, x, xOffset + i).sub(shift).sub(logSum)
          .intoArray(y, yOffset + i);
    }
    TAIL.logSoftmaxRow(shift, logSum, x, xOffset + i, y, yOffset + i, length - i);
  }

  @Override
  public void reluBackward(float[] upstream, int upstreamOffset, float[] h, int hOffset,
      float[] delta, int deltaOffset, int length) {
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector hv = FloatVector.fromArray(SPECIES, h, hOffset + i);
      FloatVector derivative = FloatVector.zero(SPECIES).blend(1f, hv.compare(GT, 0f));
      FloatVector.fromArray(SPECIES, upstream, upstreamOffset + i).mul(derivative)
          .intoArray(delta, deltaOffset + i);
    }
    TAIL.reluBackward(upstream, upstreamOffset + i, h, hOffset + i, delta, deltaOffset + i,
        length - i);
  }

  @Override
  public void leakyReluBackward(float slope, float[] upstream, int upstreamOffset, float[] h,
      int hOffset, float[] delta, int deltaOffset, int length) {
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector hv = FloatVector.fromArray(SPECIES, h, hOffset + i);
      FloatVector derivative = broadcast(slope).blend(1f,
          hv.compare(GT, 0f));
      FloatVector.fromArray(SPECIES, upstream, upstreamOffset + i).mul(derivative)
          .intoArray(delta, deltaOffset + i);
    }
    TAIL.leakyReluBackward(slope, upstream, upstreamOffset + i, h, hOffset + i, delta,
        deltaOffset + i, length - i);
  }

  @Override
  public void sigmoidBackward(float[] upstream, int upstreamOffset, float[] h, int hOffset,
      float[] delta, int deltaOffset, int length) {
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector hv = FloatVector.fromArray(SPECIES, h, hOffset + i);
      FloatVector derivative = hv.mul(broadcast(1f).sub(hv));
      FloatVector.fromArray(SPECIES, upstream, upstreamOffset + i).mul(derivative)
          .intoArray(delta, deltaOffset + i);
    }
    TAIL.sigmoidBackward(upstream, upstreamOffset + i, h, hOffset + i, delta, deltaOffset + i,
        length - i);
  }

  @Override
  public void tanhBackward(float[] upstream, int upstreamOffset, float[] h, int hOffset,
      float[] delta, int deltaOffset, int length) {
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector hv = FloatVector.fromArray(SPECIES, h, hOffset + i);
      FloatVector derivative = hv.neg().fma(hv, broadcast(1f));
      FloatVector.fromArray(SPECIES, upstream, upstreamOffset + i).mul(derivative)
          .intoArray(delta, deltaOffset + i);
    }
    TAIL.tanhBackward(upstream, upstreamOffset + i, h, hOffset + i, delta, deltaOffset + i,
        length - i);
  }

  /** {@link FloatMath#exp} lane by lane. */
  private static FloatVector exp(FloatVector x) {
    FloatVector clamped = x.max(EXP_MIN_ARGUMENT).min(EXP_MAX_ARGUMENT);
    FloatVector shifted = clamped.fma(LOG2E, SHIFTER);
    FloatVector k = shifted.sub(SHIFTER);
    FloatVector r = k.fma(broadcast(-LN2_LO), k.fma(broadcast(-LN2_HI), clamped));
    FloatVector p = expm1Polynomial(r).add(1f);
    IntVector kBits = shifted.reinterpretAsInts().sub(SHIFTER_BITS);
    IntVector k1 = kBits.lanewise(ASHR, 1);
    return p.mul(powerOfTwo(k1)).mul(powerOfTwo(kBits.sub(k1)));
  }

  /** {@link FloatMath#expm1Polynomial} lane by lane. */
  private static FloatVector expm1Polynomial(FloatVector r) {
    FloatVector q = r.fma(broadcast(C8), broadcast(C7));
    q = q.fma(r, broadcast(C6));
    q = q.fma(r, broadcast(C5));
    q = q.fma(r, broadcast(C4));
    q = q.fma(r, broadcast(C3));
    q = q.fma(r, broadcast(C2));
    return r.mul(r).fma(q, r);
  }

  private static FloatVector broadcast(float value) {
    return FloatVector.broadcast(SPECIES, value);
  }

  /** 2^k lane by lane for k in [−126, 127]. */
  private static FloatVector powerOfTwo(IntVector k) {
    return k.add(EXPONENT_BIAS).lanewise(LSHL, FRACTION_BITS).reinterpretAsFloats();
  }
}
