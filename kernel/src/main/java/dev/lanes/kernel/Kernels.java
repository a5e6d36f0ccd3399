package dev.lanes.kernel;

import dev.lanes.kernel.internal.DoubleGemmDriver;
import dev.lanes.kernel.internal.FloatGemmDriver;
import dev.lanes.kernel.internal.GemmThreads;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
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
 *
 * <p>Warm-up: until C2 has compiled a vector GEMM microkernel it runs about a thousand times
 * slower than compiled, so a daemon thread compiles it in the background while GEMM runs on
 * the scalar twin (same roundings, same results). {@link #awaitWarmup(Duration)} waits for it.
 */
public final class Kernels {
  private Kernels() {}

  /**
   * What runs: JDK, implementation and vector width, threads, and any fallback reason. It
   * names the implementation chosen for this JVM; during the warm-up described above GEMM
   * still runs the scalar twin, with the same results ({@link #awaitWarmup(Duration)}).
   */
  public static KernelDescription describe() {
    int bits = VectorSupport.BITS;
    String reason = VectorSupport.FALLBACK_REASON;
    if (FloatGemmDriver.vectorGaveUp() || DoubleGemmDriver.vectorGaveUp()) {
      reason = "the vector GEMM kernels were never measured faster than the scalar ones during"
          + " a minute of warm-up (is the C2 compiler starved of CPU?)";
    }
    return new KernelDescription(Runtime.version().toString(),
        bits == 0 || reason != null ? "scalar" : "vector", bits,
        bits == 0 ? 1 : bits / Float.SIZE, bits == 0 ? 1 : bits / Double.SIZE,
        GemmThreads.threads(), VectorSupport.REQUESTED, reason);
  }

  /**
   * Waits until the vector GEMM microkernels are compiled and in use (a second or a few after
   * the first GEMM call, or after this call). Returns true when both are in use, false on the
   * scalar path or on time-out. Benchmarks and tests call it so they measure what they mean.
   */
  public static boolean awaitWarmup(Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      boolean floats = FloatGemmDriver.awaitVector(timeout.toNanos(), TimeUnit.NANOSECONDS);
      long left = Math.max(0, deadline - System.nanoTime());
      return DoubleGemmDriver.awaitVector(left, TimeUnit.NANOSECONDS) && floats;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
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
