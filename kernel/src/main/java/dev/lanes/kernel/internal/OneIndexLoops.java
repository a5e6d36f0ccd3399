package dev.lanes.kernel.internal;

/**
 * Loops that read and write every array at one index, for calls whose arrays all start at the
 * same offset (the usual case: whole arrays, or rows of matrices with one leading dimension).
 * C2 vectorizes these loops itself and peels a few elements first so that its stores start on
 * a 64-byte line, which a Vector API loop cannot do (Java does not expose an array's address):
 * an unaligned 64-byte store writes two lines. With an offset per array, as in the scalar
 * twins, C2 left the same loop scalar in some JVMs (axpy at n = 64K: 3 elements/ns against
 * 20). Each element is the scalar twin's expression, so the results are the same bits.
 */
public final class OneIndexLoops {
  private OneIndexLoops() {}

  /** y = max(x, 0). */
  public static void relu(float[] x, float[] y, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      y[i] = Math.max(x[i], 0f);
    }
  }

  /** z = x ∘ y. */
  public static void hadamard(float[] x, float[] y, float[] z, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      z[i] = x[i] * y[i];
    }
  }

  /** y = αx + y, one rounding per element. */
  public static void axpy(float alpha, float[] x, float[] y, int offset, int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      y[i] = Math.fma(alpha, x[i], y[i]);
    }
  }

  /** δ = upstream ∘ σ'(a), σ' = h(1 − h). */
  public static void sigmoidBackward(float[] upstream, float[] h, float[] delta, int offset,
      int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      delta[i] = upstream[i] * ScalarActivation.sigmoidDerivative(h[i]);
    }
  }

  /** δ = upstream ∘ tanh'(a), tanh' = 1 − h². */
  public static void tanhBackward(float[] upstream, float[] h, float[] delta, int offset,
      int length) {
    for (int i = offset, end = offset + length; i < end; i++) {
      delta[i] = upstream[i] * ScalarActivation.tanhDerivative(h[i]);
    }
  }
}
