package dev.lanes.kernel.internal;

/**
 * Elementwise arithmetic, reductions, the squared error and the SGD update on ranges of float
 * arrays. Arguments are checked by the caller. Outputs may alias inputs exactly (same array
 * and offset). The scalar twin {@link ScalarElementwise} is the specification; the vector twin
 * gives bitwise the same results except for the order in which reductions add up.
 */
public interface ElementwiseKernel {
  /** z = x ∘ y. */
  void hadamard(float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset,
      int length);

  /** z = x + y. */
  void add(float[] x, int xOffset, float[] y, int yOffset, float[] z, int zOffset, int length);

  /** y ← fma(alpha, x, y). */
  void axpy(float alpha, float[] x, int xOffset, float[] y, int yOffset, int length);

  /** y = alpha·x. */
  void scale(float alpha, float[] x, int xOffset, float[] y, int yOffset, int length);

  /** Σ x², squares rounded to float and summed in double in blocks. */
  double sumOfSquares(float[] x, int xOffset, int length);

  /** max x (Math.max semantics: NaN wins); length ≥ 1. */
  float max(float[] x, int xOffset, int length);

  /**
   * Σ (p − t)² in double; when gradient is not null also gradient = gradientScale·(p − t).
   */
  double squaredError(float[] p, int pOffset, float[] t, int tOffset, float[] gradient,
      int gradientOffset, float gradientScale, int length);

  /** velocity ← fma(μ, velocity, fma(λ, w, g)); w ← fma(−η, velocity, w). */
  void sgdMomentum(float learningRate, float momentum, float weightDecay, float[] w,
      int wOffset, float[] g, int gOffset, float[] velocity, int velocityOffset, int length);
}
