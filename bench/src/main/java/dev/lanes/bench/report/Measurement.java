package dev.lanes.bench.report;

import java.util.List;
import java.util.Map;

/**
 * One JMH result (one benchmark method with one set of parameters) and where it ran.
 *
 * @param run the label of the report run that produced it
 * @param jdk the JDK feature version
 * @param width the requested Lanes width ({@code auto}, {@code 512}, ..., {@code scalar})
 * @param variant a peer variant set by the run's environment (e.g. the Haswell OpenBLAS kernel),
 *     empty for none
 * @param benchmark the full benchmark name, {@code package.Class.method}
 * @param params the JMH parameters
 * @param mode the JMH mode ({@code avgt}, {@code thrpt}, ...)
 * @param score the primary score
 * @param scoreError its 99.9 % error, NaN if JMH gave none
 * @param unit the score's unit ({@code us/op}, {@code ops/ns}, ...)
 * @param iterations the score of each measurement iteration
 * @param allocatedBytesPerOp {@code gc.alloc.rate.norm} when -prof gc ran, else NaN
 * @param counters JMH auxiliary counters (e.g. {@code samples}) in events per second
 */
public record Measurement(String run, int jdk, String width, String variant, String benchmark,
    Map<String, String> params, String mode, double score, double scoreError, String unit,
    List<Double> iterations, double allocatedBytesPerOp, Map<String, Double> counters) {

  /** A measurement without auxiliary counters. */
  public Measurement(String run, int jdk, String width, String variant, String benchmark,
      Map<String, String> params, String mode, double score, double scoreError, String unit,
      List<Double> iterations, double allocatedBytesPerOp) {
    this(run, jdk, width, variant, benchmark, params, mode, score, scoreError, unit, iterations,
        allocatedBytesPerOp, Map.of());
  }

  /** {@code Class.method}, without the package. */
  public String shortName() {
    int method = benchmark.lastIndexOf('.');
    int type = benchmark.lastIndexOf('.', method - 1);
    return benchmark.substring(type + 1);
  }

  /** The method name. */
  public String method() {
    return benchmark.substring(benchmark.lastIndexOf('.') + 1);
  }

  /** A parameter, or null if the benchmark has none of that name. */
  public String param(String name) {
    return params.get(name);
  }

  /** The same kernel on the same JDK, width and parameters: what an isolated run is compared on. */
  public String kernelKey() {
    return jdk + "|" + width + "|" + variant + "|" + benchmark + "|" + new java.util.TreeMap<>(params);
  }
}
