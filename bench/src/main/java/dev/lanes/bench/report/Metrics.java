package dev.lanes.bench.report;

import dev.lanes.bench.GemmShape;

/**
 * Turns JMH scores into the report's units: GFLOP/s for GEMMs (2mnk / time) and the FMA probe
 * (it counts its FLOPs as operations), elements/ns for elementwise kernels and copies, samples/s
 * for training (the benchmark's "samples" counter, or ops/s x its batch parameter).
 */
public final class Metrics {
  private Metrics() {}

  /** What a benchmark measures, decided by its class. */
  public enum Kind {
    GEMM("GFLOP/s"),
    FMA_PEAK("GFLOP/s"),
    ELEMENTWISE("elements/ns"),
    TRAINING("samples/s"),
    OTHER("ops/s");

    public final String unit;

    Kind(String unit) {
      this.unit = unit;
    }
  }

  private static final String[] ELEMENT_PARAMS = {"size", "n", "length", "elements", "count"};
  private static final String[] BATCH_PARAMS = {"batch", "batchSize", "batch_size"};

  /** The kind of a benchmark, from its full name. */
  public static Kind kind(String benchmark) {
    if (benchmark.contains(".bench.nn.")) {
      return Kind.TRAINING;
    }
    if (benchmark.contains(".bench.elementwise.") || benchmark.contains(".CopyBenchmark.")) {
      return Kind.ELEMENTWISE;
    }
    if (benchmark.contains(".FmaPeakBenchmark.")) {
      return Kind.FMA_PEAK;
    }
    if (benchmark.contains("GemmBenchmark.") || benchmark.contains("GemmPeersBenchmark.")) {
      return Kind.GEMM;
    }
    return Kind.OTHER;
  }

  /**
   * Operations per second from a JMH score in {@code unit} ({@code ops/s}, {@code ops/ms},
   * {@code ops/us}, {@code ops/ns}, or the time units per op).
   *
   * @throws IllegalArgumentException for any other unit
   */
  public static double operationsPerSecond(double score, String unit) {
    String[] parts = unit.split("/");
    if (parts.length != 2) {
      throw new IllegalArgumentException("unit=" + unit + " is not a JMH score unit");
    }
    if (parts[0].equals("ops")) {
      return score / seconds(parts[1], unit);
    }
    if (parts[1].equals("op")) {
      return 1 / (score * seconds(parts[0], unit));
    }
    throw new IllegalArgumentException("unit=" + unit + " is not a JMH score unit");
  }

  private static double seconds(String timeUnit, String unit) {
    switch (timeUnit) {
      case "s":
        return 1;
      case "ms":
        return 1e-3;
      case "us":
        return 1e-6;
      case "ns":
        return 1e-9;
      default:
        throw new IllegalArgumentException("unit=" + unit + " has an unknown time unit");
    }
  }

  /** The figure the report shows for {@code m}, in {@link #kind}'s unit; NaN if unknown. */
  public static double value(Measurement m) {
    return rate(m, m.score());
  }

  /** The same conversion for one iteration's score. */
  public static double rate(Measurement m, double score) {
    double perSecond = operationsPerSecond(score, m.unit());
    switch (kind(m.benchmark())) {
      case GEMM:
        return perSecond * GemmShape.parse(m.param("size")).flops() / 1e9;
      case FMA_PEAK:
        return perSecond / 1e9;
      case ELEMENTWISE:
        String elements = firstParam(m, ELEMENT_PARAMS);
        return elements == null ? Double.NaN : perSecond * Double.parseDouble(elements) / 1e9;
      case TRAINING:
        Double samples = m.counters().get("samples");
        if (samples != null) {
          // The counter is the trial's mean; an iteration's is in proportion to its own rate.
          return samples * perSecond / operationsPerSecond(m.score(), m.unit());
        }
        String batch = firstParam(m, BATCH_PARAMS);
        return batch == null ? perSecond : perSecond * Double.parseDouble(batch);
      default:
        return perSecond;
    }
  }

  private static String firstParam(Measurement m, String[] names) {
    for (String name : names) {
      String value = m.param(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
