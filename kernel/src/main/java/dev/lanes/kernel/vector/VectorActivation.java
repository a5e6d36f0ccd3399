package dev.lanes.kernel.vector;

import static dev.lanes.kernel.internal.FloatMath.EXPONENT_BIAS;
import static dev.lanes.kernel.internal.FloatMath.EXP_SINGLE_SCALE_LIMIT;
import static dev.lanes.kernel.internal.FloatMath.FRACTION_BITS;
import static dev.lanes.kernel.internal.FloatMath.LN2_HI;
import static dev.lanes.kernel.internal.FloatMath.LN2_LO;
import static dev.lanes.kernel.internal.FloatMath.LOG2E;
import static dev.lanes.kernel.internal.FloatMath.Q0;
import static dev.lanes.kernel.internal.FloatMath.Q1;
import static dev.lanes.kernel.internal.FloatMath.Q2;
import static dev.lanes.kernel.internal.FloatMath.Q3;
import static dev.lanes.kernel.internal.FloatMath.Q4;
import static dev.lanes.kernel.internal.FloatMath.SHIFTER;
import static dev.lanes.kernel.internal.FloatMath.TANH_MAX_ARGUMENT;
import static jdk.incubator.vector.VectorOperators.ASHR;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LT;
import static jdk.incubator.vector.VectorOperators.MAX;

import dev.lanes.kernel.internal.ActivationKernel;
import dev.lanes.kernel.internal.FloatMath;
import dev.lanes.kernel.internal.FloatScalarRowKernel;
import dev.lanes.kernel.internal.OneIndexLoops;
import dev.lanes.kernel.internal.ScalarActivation;
import dev.lanes.kernel.internal.VectorSupport;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The vector twin of {@link ScalarActivation}: the same operations lane by lane (exp, sigmoid
 * and tanh are {@link FloatMath}'s algorithms), so results are bitwise identical except for
 * the order of the softmax sums: lane-parallel sums, their lanes then added in lane order (as
 * in {@link VectorElementwise}); a vector with an argument beyond |a| ≤ 87 goes through the
 * scalar twin, which sums it left to right, and those vectors' sums are added one after
 * another after the lanes'; the elements past the last whole vector come last. Each loop
 * covers {@code SPECIES.loopBound(length)} and hands the tail to the scalar twin. No vector
 * crosses a call C2 does not inline (JMH -prof gc shows 0 B/op); the transcendental kernels
 * are kept too big for C2 to inline into their callers (see {@link #expFamily}), so each is
 * compiled with a node budget of its own. ReLU and the sigmoid and tanh backward passes on
 * arrays that all start at one offset run {@link OneIndexLoops} instead, which C2 vectorizes
 * with aligned stores.
 */
public final class VectorActivation implements ActivationKernel {
  private static final VectorSpecies<Float> SPECIES =
      VectorSpecies.of(float.class, VectorShape.forBitSize(VectorSupport.BITS));
  private static final int LANES = SPECIES.length();
  private static final ScalarActivation TAIL = new ScalarActivation();
  private static final int ONE_BITS = Float.floatToRawIntBits(1f);
  /** The kinds of {@link #expFamily}; the last two sum. */
  private static final int EXP = 0;
  private static final int EXP_SHIFTED = 1;
  private static final int SUM_EXP_SHIFTED = 2;

  @Override
  public void relu(float[] x, int xOffset, float[] y, int yOffset, int length) {
    if (xOffset == yOffset) {
      OneIndexLoops.relu(x, y, xOffset, length);
      return;
    }
    // MAX is Math.max lane by lane, as the twin. A compare and blend instead goes through a
    // vector copy of the mask on JDK 17 and ran at 0.55-0.61x of C2's own loop. Four vectors
    // a step, all loaded before the first store, so that no load waits behind a store whose
    // address agrees with its own in the low 12 bits: alternating JMH runs (3 forks each)
    // measured 1.55x the speed of one vector a step at n = 1024, 1.27x at 64K, level at 16M.
    // The same order lost on Hadamard, add and axpy (0.59-0.83x at 1024 and 64K), which keep
    // one vector a step.
    int i = 0;
    for (int last = length - 4 * LANES; i <= last; i += 4 * LANES) {
      FloatVector x0 = FloatVector.fromArray(SPECIES, x, xOffset + i);
      FloatVector x1 = FloatVector.fromArray(SPECIES, x, xOffset + i + LANES);
      FloatVector x2 = FloatVector.fromArray(SPECIES, x, xOffset + i + 2 * LANES);
      FloatVector x3 = FloatVector.fromArray(SPECIES, x, xOffset + i + 3 * LANES);
      x0.lanewise(MAX, 0f).intoArray(y, yOffset + i);
      x1.lanewise(MAX, 0f).intoArray(y, yOffset + i + LANES);
      x2.lanewise(MAX, 0f).intoArray(y, yOffset + i + 2 * LANES);
      x3.lanewise(MAX, 0f).intoArray(y, yOffset + i + 3 * LANES);
    }
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector.fromArray(SPECIES, x, xOffset + i).lanewise(MAX, 0f).intoArray(y, yOffset + i);
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
    expFamily(EXP, 0f, x, xOffset, y, yOffset, length);
  }

  /**
   * σ(x) as {@link FloatMath#sigmoid}: (x < 0 ? e : 1)/(1 + e) with e = e^−|x|. A loop of its
   * own rather than a kind of {@link #expFamily}: without the shift, the sum and the branches
   * on the kind, and with the numerator chosen in integer logic. With the same polynomial,
   * sigmoid in expFamily's loop ran at 2.65 elements/ns on JDK 17 and 3.28 on JDK 25, in this
   * loop at 2.99 and 3.41 (JMH, 64K, Zen 4; two runs of 3 rounds each, the medians of all
   * iterations; a probe in one JVM put the gap at 25 % on JDK 17 and 6 % on JDK 25). e^a is
   * written out here as in expFamily and tanh: a method shared by the three would bring each
   * under FreqInlineSize (InlineBoundaryTest).
   */
  @Override
  public void sigmoid(float[] x, int xOffset, float[] y, int yOffset, int length) {
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      IntVector bits = FloatVector.fromArray(SPECIES, x, xOffset + i).reinterpretAsInts();
      FloatVector a = bits.or(Integer.MIN_VALUE).reinterpretAsFloats(); // −|x|
      if (a.compare(LT, -EXP_SINGLE_SCALE_LIMIT).anyTrue()) {
        TAIL.sigmoid(x, xOffset + i, y, yOffset + i, LANES);
        continue;
      }
      FloatVector shifted = a.fma(LOG2E, SHIFTER);
      FloatVector k = shifted.sub(SHIFTER);
      FloatVector r = k.fma(FloatVector.broadcast(SPECIES, -LN2_LO),
          k.fma(FloatVector.broadcast(SPECIES, -LN2_HI), a));
      FloatVector scale = shifted.reinterpretAsInts().add(EXPONENT_BIAS)
          .lanewise(LSHL, FRACTION_BITS).reinterpretAsFloats();
      // expm1Polynomial(r), written out here so that this method exceeds FreqInlineSize and
      // stays a compilation unit of its own (see expFamily)
      FloatVector r2 = r.mul(r);
      FloatVector q = r2.mul(r2).fma(FloatVector.broadcast(SPECIES, Q4),
          r.fma(FloatVector.broadcast(SPECIES, Q3), FloatVector.broadcast(SPECIES, Q2))
              .fma(r2, r.fma(FloatVector.broadcast(SPECIES, Q1),
                  FloatVector.broadcast(SPECIES, Q0))));
      FloatVector e = r2.fma(q, r).fma(scale, scale);
      // x < 0 ? e : 1 from the sign bit spread over the lane (−0 takes e, which is 1 there; a
      // NaN with its sign set takes e, a NaN, and the quotient is NaN either way):
      // integer logic where JDK 17 took a compare and a blend through a mask in a vector
      IntVector negative = bits.lanewise(ASHR, 31);
      e.reinterpretAsInts().and(negative).or(negative.not().and(ONE_BITS)).reinterpretAsFloats()
          .div(e.add(1f)).intoArray(y, yOffset + i);
    }
    if (i < length) { // only then: keeps the scalar code out of the compiled loop
      TAIL.sigmoid(x, xOffset + i, y, yOffset + i, length - i);
    }
  }

  @Override
  public void tanh(float[] x, int xOffset, float[] y, int yOffset, int length) {
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector v = FloatVector.fromArray(SPECIES, x, xOffset + i);
      FloatVector ax = v.abs();
      // −2|x| with |x| clamped to 10, where tanh is 1 in float
      FloatVector exponent =
          ax.blend(TANH_MAX_ARGUMENT, ax.compare(GT, TANH_MAX_ARGUMENT)).mul(-2f);
      FloatVector shifted = exponent.fma(LOG2E, SHIFTER);
      FloatVector k = shifted.sub(SHIFTER);
      FloatVector r = k.fma(FloatVector.broadcast(SPECIES, -LN2_LO),
          k.fma(FloatVector.broadcast(SPECIES, -LN2_HI), exponent));
      FloatVector scale = shifted.reinterpretAsInts().add(EXPONENT_BIAS)
          .lanewise(LSHL, FRACTION_BITS).reinterpretAsFloats();
      // m = e^(−2|x|) − 1 = 2^k·(e^r − 1) + (2^k − 1); tanh|x| = −m/(2 + m)
      // expm1Polynomial(r), written out here so that this method exceeds FreqInlineSize and
      // stays a compilation unit of its own (see expFamily)
      FloatVector r2 = r.mul(r);
      FloatVector q = r2.mul(r2).fma(FloatVector.broadcast(SPECIES, Q4),
          r.fma(FloatVector.broadcast(SPECIES, Q3), FloatVector.broadcast(SPECIES, Q2))
              .fma(r2, r.fma(FloatVector.broadcast(SPECIES, Q1),
                  FloatVector.broadcast(SPECIES, Q0))));
      FloatVector m = scale.fma(r2.fma(q, r), scale.sub(1f));
      FloatVector t = m.div(FloatVector.broadcast(SPECIES, -2f).sub(m));
      // copySign(t, x)
      t.abs().reinterpretAsInts().or(v.reinterpretAsInts().and(Integer.MIN_VALUE))
          .reinterpretAsFloats().intoArray(y, yOffset + i);
    }
    if (i < length) { // only then: keeps the scalar code out of C2's node budget
      TAIL.tanh(x, xOffset + i, y, yOffset + i, length - i);
    }
  }

  @Override
  public float expShifted(float shift, float[] x, int xOffset, float[] y, int yOffset,
      int length) {
    return expFamily(EXP_SHIFTED, shift, x, xOffset, y, yOffset, length);
  }

  @Override
  public float sumExpShifted(float shift, float[] x, int xOffset, int length) {
    return expFamily(SUM_EXP_SHIFTED, shift, x, xOffset, null, 0, length);
  }

  /**
   * The three kernels built on e^x in one loop: y = e^x, y = e^(x − shift) and Σ e^(x − shift),
   * the latter two returning the sum. One method on purpose: its bytecode exceeds C2's
   * FreqInlineSize (325 bytes), so C2 compiles it as a unit of its own instead of inlining it
   * into each caller, where the many nodes the Vector API expands into would exceed
   * NodeCountInliningCutoff and leave vector calls un-inlined, hence boxed (seen with
   * -XX:+PrintInlining: a 10-100x slowdown). kind is fixed per call, so its branches predict
   * perfectly. One loop: a second one in this method (exp apart from the summing kinds)
   * overran C2's inlining budget on JDK 17 (NodeCountInliningCutoff again: 0.5 elements/ns).
   * A vector with a lane beyond |a| ≤ 87 goes through the scalar twin.
   */
  private static float expFamily(int kind, float shift, float[] x, int xOffset, float[] y,
      int yOffset, int length) {
    FloatVector sums = FloatVector.zero(SPECIES);
    float scalarSum = 0;
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      // the argument a of e^a: x − shift (shift = 0 for exp: exactly x)
      FloatVector a = FloatVector.fromArray(SPECIES, x, xOffset + i).sub(shift);
      if (a.abs().compare(GT, EXP_SINGLE_SCALE_LIMIT).anyTrue()) {
        scalarSum += scalarFamily(kind, shift, x, xOffset + i, y, yOffset + i, LANES);
        continue;
      }
      // e = e^a = 2^k·e^r as FloatMath.exp. For |a| ≤ 87, 2^k is one normal float and so is
      // e (e^−87 > 2^−126), so (e^r − 1)·2^k + 2^k rounds once and equals the scalar twin's
      // (1 + (e^r − 1))·2^k1·2^k2 (a scaling by a power of two commutes with rounding while
      // nothing underflows); one fma where an add and a multiply were.
      FloatVector shifted = a.fma(LOG2E, SHIFTER); // SHIFTER + round(a·log2 e)
      FloatVector k = shifted.sub(SHIFTER);
      FloatVector r = k.fma(FloatVector.broadcast(SPECIES, -LN2_LO),
          k.fma(FloatVector.broadcast(SPECIES, -LN2_HI), a));
      // 2^k = (SHIFTER_BITS + k + bias) << 23, as SHIFTER_BITS << 23 is 0.
      FloatVector scale = shifted.reinterpretAsInts().add(EXPONENT_BIAS)
          .lanewise(LSHL, FRACTION_BITS).reinterpretAsFloats();
      // expm1Polynomial(r), written out here so that this method exceeds FreqInlineSize and
      // stays a compilation unit of its own (see above)
      FloatVector r2 = r.mul(r);
      FloatVector q = r2.mul(r2).fma(FloatVector.broadcast(SPECIES, Q4),
          r.fma(FloatVector.broadcast(SPECIES, Q3), FloatVector.broadcast(SPECIES, Q2))
              .fma(r2, r.fma(FloatVector.broadcast(SPECIES, Q1),
                  FloatVector.broadcast(SPECIES, Q0))));
      FloatVector e = r2.fma(q, r).fma(scale, scale);
      if (kind != SUM_EXP_SHIFTED) {
        e.intoArray(y, yOffset + i);
      }
      sums = sums.add(e); // used by the summing kinds only
    }
    // exp discards the sum; skipping it behind a branch gained nothing measurable when
    // sigmoid still shared this loop (JMH, sigmoid at 64K, JDK 17, Zen 5, 6 alternating
    // forks: 3.18-4.01 against 3.57-4.01 el/ns).
    float[] lanes = LaneSumScratch.get();
    sums.intoArray(lanes, 0);
    float sum = FloatScalarRowKernel.sumInLaneOrder(lanes, 0, LANES) + scalarSum;
    if (i < length) { // only then: keeps the scalar code out of the compiled loop
      sum += scalarFamily(kind, shift, x, xOffset + i, y, yOffset + i, length - i);
    }
    return sum;
  }

  /** The scalar twin of {@link #expFamily} on a short range; the sum for the summing kinds. */
  private static float scalarFamily(int kind, float shift, float[] x, int xOffset, float[] y,
      int yOffset, int length) {
    switch (kind) {
      case EXP:
        TAIL.exp(x, xOffset, y, yOffset, length);
        return 0;
      case EXP_SHIFTED:
        return TAIL.expShifted(shift, x, xOffset, y, yOffset, length);
      default:
        return TAIL.sumExpShifted(shift, x, xOffset, length);
    }
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
      FloatVector derivative = FloatVector.broadcast(SPECIES, slope).blend(1f,
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
    if (upstreamOffset == hOffset && hOffset == deltaOffset) {
      OneIndexLoops.sigmoidBackward(upstream, h, delta, hOffset, length);
      return;
    }
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector hv = FloatVector.fromArray(SPECIES, h, hOffset + i);
      FloatVector derivative = hv.mul(FloatVector.broadcast(SPECIES, 1f).sub(hv));
      FloatVector.fromArray(SPECIES, upstream, upstreamOffset + i).mul(derivative)
          .intoArray(delta, deltaOffset + i);
    }
    TAIL.sigmoidBackward(upstream, upstreamOffset + i, h, hOffset + i, delta, deltaOffset + i,
        length - i);
  }

  @Override
  public void tanhBackward(float[] upstream, int upstreamOffset, float[] h, int hOffset,
      float[] delta, int deltaOffset, int length) {
    if (upstreamOffset == hOffset && hOffset == deltaOffset) {
      OneIndexLoops.tanhBackward(upstream, h, delta, hOffset, length);
      return;
    }
    int i = 0;
    for (int bound = SPECIES.loopBound(length); i < bound; i += LANES) {
      FloatVector hv = FloatVector.fromArray(SPECIES, h, hOffset + i);
      FloatVector derivative = hv.neg().fma(hv, FloatVector.broadcast(SPECIES, 1f));
      FloatVector.fromArray(SPECIES, upstream, upstreamOffset + i).mul(derivative)
          .intoArray(delta, deltaOffset + i);
    }
    TAIL.tanhBackward(upstream, upstreamOffset + i, h, hOffset + i, delta, deltaOffset + i,
        length - i);
  }
}
