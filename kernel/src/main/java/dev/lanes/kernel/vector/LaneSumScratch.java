package dev.lanes.kernel.vector;

import dev.lanes.kernel.internal.VectorSupport;

/**
 * Per-thread scratch into which a reduction stores its vector of lane sums, to add them in lane
 * order in scalar code ({@code FloatScalarRowKernel.sumInLaneOrder}), the same bits whether the
 * code runs interpreted or compiled, on every JDK. {@code reduceLanes(ADD)} leaves its order
 * open, and JDK 25 compiles it to a tree while its interpreter adds in lane order, so a sum's
 * last bits changed as the JIT warmed up. Reading the lanes from the vector instead was no
 * way out: a loop of {@code lane(i)} took 1.7x the time of the store and the scalar adds (sum
 * of squares, n = 1024, JDK 17), and a helper taking the vector is boxed wherever C2 declines
 * to inline it, which it does even for small methods at call sites it counts as rarely run
 * (JMH: 2-24x the time).
 */
final class LaneSumScratch {
  private static final ThreadLocal<float[]> SCRATCH =
      ThreadLocal.withInitial(() -> new float[VectorSupport.BITS / Float.SIZE]);

  private LaneSumScratch() {}

  /** This thread's array of one vector's lanes. */
  static float[] get() {
    return SCRATCH.get();
  }
}
