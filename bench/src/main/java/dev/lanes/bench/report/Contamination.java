package dev.lanes.bench.report;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Notices figures that cannot be trusted. Vector API kernels that share a JVM with other kernels
 * were seen to run 20-180x slower than alone (C2 stops intrinsifying and vectors get boxed),
 * and a busy machine can do the same to a single run. A figure is flagged, and not shown as a
 * result, when it is below {@link #RATIO} of the same kernel's figure in an isolated run (same
 * JDK, width, benchmark and parameters, alone in its own JVM), or below {@link #RATIO} of its
 * own best measurement iteration (the kernel fell off its compiled path during the run), or
 * when a Lanes GEMM allocates more than {@link #BOXED_BYTES_PER_OP} per product under -prof gc:
 * compiled Lanes code allocates nothing, boxed vectors allocate on every operation.
 */
public final class Contamination {
  /** A figure under a third of its reference is not a measurement of the kernel. */
  public static final double RATIO = 1.0 / 3;

  /** Far above JMH's own few hundred bytes per op, far below what boxed vectors allocate. */
  public static final double BOXED_BYTES_PER_OP = 64 * 1024;

  private static final String LANES_GEMM = "GemmBenchmark.lanes";

  private Contamination() {}

  /**
   * Why {@code m} is flagged, or null if it is not.
   *
   * @param isolatedValue the same kernel's figure in an isolated run (report units), or NaN
   */
  public static String reason(Measurement m, double isolatedValue) {
    double value = Metrics.value(m);
    if (m.shortName().equals(LANES_GEMM) && m.allocatedBytesPerOp() > BOXED_BYTES_PER_OP) {
      return String.format("allocates %.0f B per product: its vectors were boxed, not compiled",
          m.allocatedBytesPerOp());
    }
    if (!Double.isNaN(isolatedValue) && value < RATIO * isolatedValue) {
      return String.format("%.3g is below 1/3 of the isolated run's %.3g", value, isolatedValue);
    }
    double best = Double.NaN;
    for (double iteration : m.iterations()) {
      double rate = Metrics.rate(m, iteration);
      best = Double.isNaN(best) ? rate : Math.max(best, rate);
    }
    if (!Double.isNaN(best) && value < RATIO * best) {
      return String.format("%.3g is below 1/3 of its own best iteration %.3g", value, best);
    }
    return null;
  }

  /** The flag of every measurement of {@code sweep} that is flagged, by measurement. */
  public static Map<Measurement, String> flag(List<Measurement> sweep, List<Measurement> isolated) {
    Map<String, Double> reference = new HashMap<>();
    for (Measurement m : isolated) {
      reference.merge(m.kernelKey(), Metrics.value(m), Math::max);
    }
    Map<Measurement, String> flags = new IdentityHashMap<>();
    for (Measurement m : sweep) {
      String reason = reason(m, reference.getOrDefault(m.kernelKey(), Double.NaN));
      if (reason != null) {
        flags.put(m, reason);
      }
    }
    return flags;
  }
}
