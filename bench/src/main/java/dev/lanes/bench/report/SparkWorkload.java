package dev.lanes.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What the Spark MLlib benchmark trains: MultilayerPerceptronClassifier on synthetic rows.
 *
 * @param rows training rows
 * @param layers layer sizes, input first
 * @param blockSize MLlib's block size (rows stacked into one matrix per GEMM)
 * @param iterations L-BFGS iterations per fit
 * @param repeats fits per BLAS; the best one counts
 */
public record SparkWorkload(int rows, List<Integer> layers, int blockSize, int iterations,
    int repeats) {

  /** The format of {@link #parse}, for messages and the usage text. */
  public static final String FORMAT = "\"ROWS LAYERS BLOCK ITERATIONS REPEATS\"";

  /**
   * Large enough for GEMM to dominate training (issue 6): fan-ins of 1024 and 2048 give each
   * activation MLlib computes in Breeze about 1400 flops of GEMM. About 10 minutes for
   * local[1] and 6 for local[2] on 2 cores, most of it netlib's fits.
   */
  public static final SparkWorkload DEFAULT = parse("4000 1024,2048,1024,10 1024 10 2");

  /**
   * Reads {@code "rows layers block iterations repeats"}, e.g. {@code "4000 512,2048,512,10
   * 1024 10 2"}, the benchmark's own arguments after the master.
   *
   * @throws ReportException saying which field is wrong
   */
  public static SparkWorkload parse(String text) {
    String[] fields = text.trim().split("\\s+");
    if (fields.length != 5) {
      throw new ReportException("--spark-workload \"" + text + "\": expected 5 fields "
          + FORMAT + ", e.g. \"4000 512,2048,512,10 1024 10 2\"");
    }
    List<Integer> layers = new ArrayList<>();
    for (String layer : fields[1].split(",", -1)) {
      layers.add(positive(text, "layer size", layer));
    }
    if (layers.size() < 2) {
      throw new ReportException("--spark-workload \"" + text
          + "\": LAYERS needs an input and an output size, e.g. 512,2048,512,10");
    }
    return new SparkWorkload(positive(text, "ROWS", fields[0]), List.copyOf(layers),
        positive(text, "BLOCK", fields[2]), positive(text, "ITERATIONS", fields[3]),
        positive(text, "REPEATS", fields[4]));
  }

  private static int positive(String text, String field, String value) {
    int number;
    try {
      number = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      number = 0;
    }
    if (number <= 0) {
      throw new ReportException("--spark-workload \"" + text + "\": " + field + " '" + value
          + "' is not a positive integer");
    }
    return number;
  }

  /** The layer sizes as the benchmark takes them: {@code 512,2048,512,10}. */
  public String layerList() {
    return layers.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  /** The workload as {@link #parse} reads it: {@code "4000 512,2048,512,10 1024 10 2"}. */
  public String arguments() {
    return rows + " " + layerList() + " " + blockSize + " " + iterations + " " + repeats;
  }

  /** The benchmark's arguments for one Spark master, as one string (its -Dmlp.benchmark). */
  public String benchmarkArguments(String master) {
    return master + " " + arguments();
  }
}
