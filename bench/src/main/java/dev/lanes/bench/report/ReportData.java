package dev.lanes.bench.report;

import java.util.List;
import java.util.Map;

/**
 * Everything the report shows.
 *
 * @param options the options it ran with
 * @param machine the CPU and cores
 * @param jdks the JDKs compared, primary first
 * @param lanes per JDK version, per width ({@code auto}, 512, ..., {@code scalar}, and
 *     {@code no-module} for a JVM without --add-modules): what Kernels.describe() said
 * @param autoBits per JDK version, the width Lanes picks by default
 * @param peers what the peers' probe said, by OpenBLAS variant ("" = best kernel, "Haswell")
 * @param measurements the results of the sweep
 * @param isolated the results of the isolated reference runs
 * @param flags the sweep results that may not be shown, with the reason
 * @param failures benchmarks that produced no number, with the reason
 * @param digits the digits example's outcome, or null if it is absent
 * @param spark the Spark MLlib training benchmark's outcome, or null without --spark
 * @param loadBefore the load average when the report started
 * @param loadAfter the load average when it ended
 * @param seconds how long the report took
 */
public record ReportData(ReportOptions options, Machine machine, List<Jdk> jdks,
    Map<Integer, Map<String, String>> lanes, Map<Integer, Integer> autoBits,
    Map<String, Map<String, String>> peers, List<Measurement> measurements,
    List<Measurement> isolated, Map<Measurement, String> flags, List<String> failures,
    DigitsOutcome digits, SparkOutcome spark, String loadBefore, String loadAfter, double seconds) {

  /** The digits example's run. */
  public record DigitsOutcome(String mainClass, String accuracy, double seconds, int exitCode,
      boolean timedOut, String outputTail) {}

  /** The primary JDK's version. */
  public int primaryJdk() {
    return jdks.get(0).major();
  }
}
