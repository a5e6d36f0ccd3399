package dev.lanes.bench.report;

import java.util.HashMap;
import java.util.Map;

/**
 * One master's figures from the spark module's MlpTrainingBenchmark, read from its
 * {@code RESULT key=value ...} line.
 *
 * @param master the Spark master, e.g. {@code local[2]}
 * @param sparkVersion the Spark version that ran
 * @param jdk the JDK's full version
 * @param rows training rows
 * @param layers layer sizes, comma-separated
 * @param blockSize MLlib's block size
 * @param iterations L-BFGS iterations per fit
 * @param partitions partitions of the training data
 * @param repeats fits per BLAS
 * @param netlib the simple class name of netlib's instance, the baseline
 * @param netlibBest the best fit with netlib's BLAS, seconds
 * @param lanesBest the best fit with Lanes, seconds
 * @param speedup netlibBest / lanesBest
 * @param vectorKernels whether Lanes ran its vector kernels (not the scalar fallback)
 */
public record SparkResult(String master, String sparkVersion, String jdk, int rows,
    String layers, int blockSize, int iterations, int partitions, int repeats, String netlib,
    double netlibBest, double lanesBest, double speedup, boolean vectorKernels) {

  /** Issue 6's target: training at least this many times faster than with netlib's Java BLAS. */
  public static final double TARGET_SPEEDUP = 2.0;

  private static final String PREFIX = "RESULT ";

  /** Whether this run reached {@link #TARGET_SPEEDUP}. */
  public boolean meetsTarget() {
    return speedup >= TARGET_SPEEDUP;
  }

  /**
   * The figures of the last RESULT line in {@code output}.
   *
   * @throws ReportException if there is no such line or it lacks a field or has a bad value
   */
  public static SparkResult parse(String output) {
    String line = null;
    for (String candidate : output.split("\n")) {
      if (candidate.startsWith(PREFIX)) {
        line = candidate.strip();
      }
    }
    if (line == null) {
      throw new ReportException("the benchmark printed no RESULT line");
    }
    Map<String, String> fields = new HashMap<>();
    for (String token : line.substring(PREFIX.length()).trim().split("\\s+")) {
      int equals = token.indexOf('=');
      if (equals > 0) {
        fields.put(token.substring(0, equals), token.substring(equals + 1));
      }
    }
    Fields f = new Fields(line, fields);
    return new SparkResult(f.text("master"), f.text("spark"), f.text("jdk"), f.integer("rows"),
        f.text("layers"), f.integer("block"), f.integer("iterations"), f.integer("partitions"),
        f.integer("repeats"), f.text("netlib"), f.decimal("netlibBest"), f.decimal("lanesBest"),
        f.decimal("speedup"), Boolean.parseBoolean(f.text("vectorKernels")));
  }

  /** Typed access to the line's fields, naming the line in every error. */
  private record Fields(String line, Map<String, String> values) {
    String text(String key) {
      String value = values.get(key);
      if (value == null || value.isEmpty()) {
        throw new ReportException("the RESULT line lacks '" + key + "': " + line);
      }
      return value;
    }

    int integer(String key) {
      try {
        return Integer.parseInt(text(key));
      } catch (NumberFormatException e) {
        throw new ReportException("the RESULT line's '" + key + "' is not an integer: " + line);
      }
    }

    double decimal(String key) {
      try {
        return Double.parseDouble(text(key));
      } catch (NumberFormatException e) {
        throw new ReportException("the RESULT line's '" + key + "' is not a number: " + line);
      }
    }
  }
}
