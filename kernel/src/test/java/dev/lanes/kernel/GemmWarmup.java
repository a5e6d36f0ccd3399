package dev.lanes.kernel;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

/**
 * GEMM runs on the scalar twin until the vector microkernels are compiled (see
 * {@link Kernels#awaitWarmup}). Tests of the vector path wait for them first, or they would
 * test the scalar twin only.
 */
public final class GemmWarmup {
  /** Generous: the warm-up itself gives up after a minute, and CI machines may be busy. */
  private static final Duration TIMEOUT = Duration.ofSeconds(90);

  private GemmWarmup() {}

  /** Waits until the vector kernels are in use, when this JVM runs vectors at all. */
  public static void awaitVectorKernels() {
    boolean ready = Kernels.awaitWarmup(TIMEOUT);
    if (Kernels.describe().vectorBits() > 0) {
      assertTrue(ready, "the vector GEMM kernels were not in use after " + TIMEOUT
          + ": the tests would only exercise the scalar twin");
    }
  }
}
