package dev.lanes.kernel.internal;

/** The implementations of the activation and elementwise kernels chosen once for this JVM. */
public final class SelectedKernels {
  private SelectedKernels() {}

  /** {@code dev.lanes.kernel.vector.VectorElementwise} when vectors run, else the scalar twin. */
  public static final ElementwiseKernel ELEMENTWISE = VectorSupport.select(
      ElementwiseKernel.class, "dev.lanes.kernel.vector.VectorElementwise",
      new ScalarElementwise());

  /** {@code dev.lanes.kernel.vector.VectorActivation} when vectors run, else the scalar twin. */
  public static final ActivationKernel ACTIVATION = VectorSupport.select(
      ActivationKernel.class, "dev.lanes.kernel.vector.VectorActivation",
      new ScalarActivation());
}
