/**
 * Lanes nn: a dense network trained by backpropagation on the Lanes kernels — layers, losses,
 * SGD with momentum and weight decay, a trainer, the digits data set and NumPy model files.
 *
 * <p>{@code requires transitive}: the public API names the kernel's {@code Activation}.
 */
module dev.lanes.nn {
  requires transitive dev.lanes.kernel;

  exports dev.lanes.nn;
}
