package dev.lanes.kernel;

import static dev.lanes.kernel.internal.ElementwiseChecks.requireNonNegative;
import static dev.lanes.kernel.internal.ElementwiseChecks.requireNonNull;
import static dev.lanes.kernel.internal.ElementwiseChecks.requireRange;

import dev.lanes.kernel.internal.ElementwiseKernel;
import dev.lanes.kernel.internal.SelectedKernels;

/** Parameter updates, each one fused pass over a parameter array and its state. */
public final class Optimizers {
  private static final ElementwiseKernel KERNEL = SelectedKernels.ELEMENTWISE;

  private Optimizers() {}

  /**
   * The lecture's SGD with momentum and L2 weight decay, one fused pass:
   * Δ ← μΔ + (g + λw); w ← w − ηΔ, each line with fused multiply-adds
   * (Δ = fma(μ, Δ, fma(λ, w, g)), w = fma(−η, Δ, w)). With μ = 0 and λ = 0 it is exactly
   * plain SGD w ← w − ηg (one rounding), and Δ holds g afterwards.
   */
  public static void sgdMomentum(float learningRate, float momentum, float weightDecay,
      float[] w, int wOffset, float[] g, int gOffset, float[] velocity, int velocityOffset,
      int length) {
    requireNonNull("w", w);
    requireNonNull("g", g);
    requireNonNull("velocity", velocity);
    requireNonNegative("length", length);
    requireRange("w", w.length, "wOffset", wOffset, length);
    requireRange("g", g.length, "gOffset", gOffset, length);
    requireRange("velocity", velocity.length, "velocityOffset", velocityOffset, length);
    KERNEL.sgdMomentum(learningRate, momentum, weightDecay, w, wOffset, g, gOffset, velocity,
        velocityOffset, length);
  }
}
