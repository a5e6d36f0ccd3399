package dev.lanes.kernel;

import dev.lanes.kernel.internal.GemmThreads;
import dev.lanes.kernel.internal.VectorSupport;

/**
 * What runs, and the settings that govern it.
 *
 * <p>The implementation is chosen once per JVM: the Vector API kernels at the CPU's preferred
 * width, or the width forced by the system property {@code lanes.vectorBits} ({@code auto},
 * {@code 512}, {@code 256}, {@code 128}, {@code scalar}). The scalar twins run, after one
 * WARNING, when {@code jdk.incubator.vector} is not in the boot layer (run java with
 * {@code --add-modules jdk.incubator.vector}), when the C2 compiler is off, or when the CPU's
 * vectors are narrower than 128 bits. The thread count defaults to the available processors
 * and can be set with {@code lanes.threads} or {@link #setThreads(int)}.
 */
public final class Kernels {
  private Kernels() {}

  /** What runs: JDK, implementation and vector width, threads, and any fallback reason. */
  public static KernelDescription describe() {
    int bits = VectorSupport.BITS;
    return new KernelDescription(Runtime.version().toString(), bits == 0 ? "scalar" : "vector",
        bits, bits == 0 ? 1 : bits / Float.SIZE, bits == 0 ? 1 : bits / Double.SIZE,
        GemmThreads.threads(), VectorSupport.REQUESTED, VectorSupport.FALLBACK_REASON);
  }

  /** The number of threads a large GEMM uses. */
  public static int threads() {
    return GemmThreads.threads();
  }

  /**
   * Sets the number of threads for later GEMM calls (1 = the calling thread only). Results
   * are bitwise identical for every thread count.
   *
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public static void setThreads(int threads) {
    GemmThreads.setThreads(threads);
  }
}
