/**
 * Lanes kernel: a cache-blocked GEMM and the activation and elementwise kernels of a dense
 * network, on the Java Vector API with a plain-Java twin for every kernel.
 *
 * <p>The Vector API is optional at run time ({@code requires static}): without
 * {@code --add-modules jdk.incubator.vector} everything runs on the scalar twins.
 */
module dev.lanes.kernel {
  requires static jdk.incubator.vector;
  requires java.management;

  exports dev.lanes.kernel;
}
