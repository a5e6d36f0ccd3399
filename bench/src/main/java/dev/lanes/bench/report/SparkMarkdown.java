package dev.lanes.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The report's section on Spark MLlib's MultilayerPerceptronClassifier training. */
final class SparkMarkdown {
  static final String TITLE = "Spark MLlib: MultilayerPerceptronClassifier training";

  private SparkMarkdown() {}

  /** The section, from its title on, each line ending with a newline. */
  static String section(SparkOutcome outcome) {
    SparkWorkload workload = outcome.workload();
    List<SparkResult> results = outcome.runs().stream().map(SparkOutcome.Run::result)
        .filter(Objects::nonNull).collect(Collectors.toList());
    String target = String.format(Locale.ROOT, "%.0fx", SparkResult.TARGET_SPEEDUP);
    StringBuilder text = new StringBuilder();
    text.append("## ").append(TITLE).append("\n\n");
    text.append(String.format(Locale.ROOT, "Training time in Spark %s local mode on JDK %s,"
            + " with netlib's pure-Java BLAS (`JavaBLAS.getInstance()`: %s) and with Lanes as"
            + " MLlib's BLAS, alternating in one JVM (the spark module's `MlpTrainingBenchmark`)."
            + " Workload: %d rows of synthetic data, layers %s, block size %d, %d L-BFGS"
            + " iterations per fit, %s partitions; the best of %d fit(s) with each BLAS. Target"
            + " (issue 6): training at least %s faster with Lanes than with netlib's Java BLAS."
            + "\n\n",
        distinct(results, SparkResult::sparkVersion, "(unknown: no run finished)"),
        distinct(results, SparkResult::jdk, "(unknown)"),
        distinct(results, r -> "`" + r.netlib() + "`", "not reported"),
        workload.rows(), workload.layerList(), workload.blockSize(), workload.iterations(),
        distinct(results, r -> String.valueOf(r.partitions()), "(unknown)"), workload.repeats(),
        target));
    List<List<String>> rows = new ArrayList<>();
    for (SparkOutcome.Run run : outcome.runs()) {
      SparkResult r = run.result();
      rows.add(r == null ? List.of(run.master(), "–", "–", "–", "failed (below)")
          : List.of(run.master(), seconds(r.netlibBest()), seconds(r.lanesBest()),
              String.format(Locale.ROOT, "%.2fx", r.speedup()),
              r.meetsTarget() ? "met" : "not met"));
    }
    text.append(MarkdownTable.of(List.of("master", "netlib best (s)", "Lanes best (s)",
        "speed-up", "target ≥ " + target), rows)).append('\n');
    int notes = text.length();
    for (SparkOutcome.Run run : outcome.runs()) {
      if (run.result() == null) {
        text.append("- ").append(run.master()).append(" failed: ").append(run.failure())
            .append(run.log() != null ? " (log: `" + run.log() + "`)" : "").append('\n');
      } else if (!run.result().vectorKernels()) {
        text.append("- ").append(run.master()).append(": Lanes ran its scalar fallback, not its"
            + " vector kernels, so this is not Lanes' vector speed.\n");
      }
    }
    List<String> logs = outcome.runs().stream().filter(r -> r.log() != null)
        .map(r -> "`" + r.log() + "`").collect(Collectors.toList());
    if (text.length() > notes) {
      text.append('\n');
    }
    if (!logs.isEmpty()) {
      text.append("Each master's full output: ").append(String.join(", ", logs)).append(".\n");
    }
    return text.toString();
  }

  /** The distinct values of {@code field} over the results, or {@code none} if there are none. */
  private static String distinct(List<SparkResult> results, Function<SparkResult, String> field,
      String none) {
    String values = results.stream().map(field).distinct().collect(Collectors.joining(" / "));
    return values.isEmpty() ? none : values;
  }

  private static String seconds(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }
}
