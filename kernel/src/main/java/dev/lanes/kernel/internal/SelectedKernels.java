package dev.lanes.kernel.internal;

/** The implementations of the activation and elementwise kernels chosen once for this JVM. */
public final class SelectedKernels {
  private SelectedKernels() {}

  /** Vector twin when the Vector API runs, else {@link ScalarElementwise}. */
  public static final ElementwiseKernel ELEMENTWISE = new ScalarElementwise();

  /** Vector twin when the Vector API runs, else {@link ScalarActivation}. */
  public static final ActivationKernel ACTIVATION = new ScalarActivation();
}
