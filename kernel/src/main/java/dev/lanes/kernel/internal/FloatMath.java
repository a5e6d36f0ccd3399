package dev.lanes.kernel.internal;

/**
 * exp, sigmoid and tanh in float, the specification of the vector twins: the vector code
 * performs exactly these operations lane by lane, so both give bitwise identical results.
 *
 * <p>Method (the classic Cody-Waite reduction, constants derived here): {@code e^x = 2^k·e^r}
 * with {@code k = round(x·log2 e)} and {@code r = x − k·ln 2} in [−ln2/2, ln2/2], ln 2 split
 * into a 15-bit high part (so k·LN2_HI is exact) and a low correction. {@code e^r − 1} is
 * r + r²·q(r) with q a polynomial of degree 4 fitted here to (e^r − 1 − r)/r² (see {@link #Q0});
 * its error, below 2⁻²⁸, is a small part of the float rounding of the steps, which decides the
 * bound. k is rounded by adding 1.5·2²³, whose float has unit spacing, and read back from the
 * bits of the sum. Measured error against the correctly rounded
 * float of {@link Math#exp}/{@link Math#tanh}, checked on all 2³² floats: exp ≤ 1 ulp,
 * sigmoid ≤ 2 ulp, tanh ≤ 2 ulp.
 */
public final class FloatMath {
  private FloatMath() {}

  /** log2(e) rounded to float. */
  public static final float LOG2E = 0x1.715476p+0f;
  /** ln 2 with its 9 low bits cleared: k·LN2_HI is exact for |k| < 512. */
  public static final float LN2_HI = 0x1.62e4p-1f;
  /** ln 2 − LN2_HI rounded to float. */
  public static final float LN2_LO = 0x1.7f7d1cp-20f;
  /** 1.5·2²³: adding it rounds a float of magnitude below 2²² to an integer. */
  public static final float SHIFTER = 0x1.8p23f;
  /** The bits of SHIFTER: the bits of SHIFTER + k are SHIFTER_BITS + k. */
  public static final int SHIFTER_BITS = 0x4B400000;
  /** Float exponent bias. */
  public static final int EXPONENT_BIAS = 127;
  /** Float fraction width: the exponent field starts at this bit. */
  public static final int FRACTION_BITS = 23;
  /** e^x rounds to 0 below this (e^−104 < 2⁻¹⁵⁰); from here k ≥ −150. */
  public static final float EXP_MIN_ARGUMENT = -104f;
  /** e^x overflows above this (e^89 > 2¹²⁸); up to here k ≤ 129. */
  public static final float EXP_MAX_ARGUMENT = 89f;
  /** For |x| ≤ 87, k is in [−126, 126] and 2^k one normal float: the vector fast path. */
  public static final float EXP_SINGLE_SCALE_LIMIT = 87f;
  /** tanh(x) is 1 in float for |x| > 9.02; clamping |x| here keeps 2^k normal (k ≥ −29). */
  public static final float TANH_MAX_ARGUMENT = 10f;

  /**
   * Coefficients of q(r) = Q0 + Q1·r + Q2·r² + Q3·r³ + Q4·r⁴ ≈ (e^r − 1 − r)/r² on
   * [−ln2/2, ln2/2], near the Taylor ones 1/2!, ..., 1/6!: fitted here to minimise the largest
   * error of r²·q (Lawson's reweighted least squares on 20001 points against 40-digit values),
   * each rounded to float in turn and the later ones refitted (kernel/tools/fit_expm1.py).
   * That error is 3.2·10⁻⁹, 0.03 ulp of 1; Taylor's polynomial of the same degree is off by
   * 1.2·10⁻⁷ (1 ulp) and needs two more terms to do better, two more multiply-adds, which on a
   * core with one 512-bit FMA a cycle (AMD Zen 4) are a seventh of sigmoid's arithmetic.
   */
  public static final float Q0 = 0x1p-1f, Q1 = 0x1.555492p-3f, Q2 = 0x1.5554bep-5f,
      Q3 = 0x1.12398ep-7f, Q4 = 0x1.6d7cd4p-10f;

  /** e^x within 1 ulp; NaN → NaN, −∞ → 0, +∞ → +∞, overflow to +∞, gradual underflow. */
  public static float exp(float x) {
    if (x > EXP_MAX_ARGUMENT) {
      return Float.POSITIVE_INFINITY;
    }
    if (x < EXP_MIN_ARGUMENT) {
      return 0f;
    }
    float shifted = Math.fma(x, LOG2E, SHIFTER); // SHIFTER + round(x·log2 e)
    float k = shifted - SHIFTER;
    float r = Math.fma(k, -LN2_HI, x); // exact: x − k·ln2_hi
    r = Math.fma(k, -LN2_LO, r);
    float p = 1f + expm1Polynomial(r);
    // 2^k as two factors 2^k1·2^k2 (k1 = ⌊k/2⌋), each a normal float for k in [−150, 129],
    // so subnormal and overflowing results round only once, in the last product. Where 2^k and
    // the result are normal (|x| ≤ 87: e^−87 > 2^−126) the products are exact, and this equals
    // the vector twin's fma(e^r − 1, 2^k, 2^k), one rounding of the same value.
    int kBits = Float.floatToRawIntBits(shifted) - SHIFTER_BITS;
    int k1 = kBits >> 1;
    return p * powerOfTwo(k1) * powerOfTwo(kBits - k1);
  }

  /** 1/(1 + e^−x) within 2 ulp, as e^x/(1 + e^x) for x < 0 so that it never overflows. */
  public static float sigmoid(float x) {
    float e = exp(-Math.abs(x));
    return (x < 0 ? e : 1f) / (1f + e);
  }

  /**
   * tanh(x) within 2 ulp, as −m/(2 + m) with m = e^(−2|x|) − 1 ∈ (−1, 0], which has no
   * cancellation near 0, and the sign of x copied back (so tanh(−0) = −0).
   */
  public static float tanh(float x) {
    float ax = Math.abs(x);
    float y = -2f * (ax > TANH_MAX_ARGUMENT ? TANH_MAX_ARGUMENT : ax);
    float shifted = Math.fma(y, LOG2E, SHIFTER);
    float k = shifted - SHIFTER;
    float r = Math.fma(k, -LN2_HI, y);
    r = Math.fma(k, -LN2_LO, r);
    // 2^k for k in [−29, 0]: (SHIFTER_BITS + k + bias) << 23, and SHIFTER_BITS << 23 is 0.
    float scale = Float.intBitsToFloat(
        (Float.floatToRawIntBits(shifted) + EXPONENT_BIAS) << FRACTION_BITS);
    // e^y − 1 = 2^k·(e^r − 1) + (2^k − 1), one rounding; 2^k − 1 is exact for k ≥ −24.
    float m = Math.fma(scale, expm1Polynomial(r), scale - 1f);
    return Math.copySign(m / (-2f - m), x);
  }

  /**
   * e^r − 1 for |r| ≤ ln2/2: r + r²·q with q in Estrin's scheme,
   * (Q0 + Q1·r) + (Q2 + Q3·r)·r² + Q4·r⁴: a chain of four operations from r (r², r⁴ and two
   * fma) where Horner's takes five.
   * Measured on a core with two 512-bit FMA a cycle (Zen 5), the vector loops were bound by
   * the latency of this chain (Estrin against Horner, degree 8, 64K elements: sigmoid 1.45x as
   * fast, tanh 1.1x, exp 1.03x); on Zen 4, with one, by the count of operations.
   */
  public static float expm1Polynomial(float r) {
    float r2 = r * r;
    float q = Math.fma(r2 * r2, Q4, Math.fma(Math.fma(Q3, r, Q2), r2, Math.fma(Q1, r, Q0)));
    return Math.fma(r2, q, r);
  }

  /** 2^k for k in [−126, 127]. */
  private static float powerOfTwo(int k) {
    return Float.intBitsToFloat((k + EXPONENT_BIAS) << FRACTION_BITS);
  }
}
