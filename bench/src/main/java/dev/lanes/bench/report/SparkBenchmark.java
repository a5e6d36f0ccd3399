package dev.lanes.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs the spark module's MLP training benchmark through Maven, one child per Spark master, and
 * keeps each child's output in the report's logs folder. A failure is recorded, never thrown:
 * the rest of the report does not depend on Spark.
 */
final class SparkBenchmark {
  static final List<String> MASTERS = List.of("local[1]", "local[2]");
  /** Far above the default workload's few minutes; stops a hung Spark, not a slow one. */
  private static final long TIMEOUT_SECONDS = 3600;
  private static final int MAX_ERROR_LENGTH = 300;

  private SparkBenchmark() {}

  /** The Maven command that runs the benchmark for one master (offline, from the project root). */
  static List<String> command(SparkWorkload workload, String master) {
    return List.of("mvn", "-o", "-q", "-B", "-Pspark", "-pl", "spark", "-am", "test",
        "-DskipTests", "-Dmlp.benchmark=" + workload.benchmarkArguments(master));
  }

  /** Runs every master on {@code jdk}, writing logs under {@code directory}/logs. */
  static SparkOutcome run(SparkWorkload workload, Jdk jdk, Path directory, Progress progress) {
    List<SparkOutcome.Run> runs = new ArrayList<>();
    for (String master : MASTERS) {
      progress.note("Spark MLlib training benchmark, " + master + ": "
          + workload.benchmarkArguments(master) + " (several minutes)");
      SparkOutcome.Run run = runOne(workload, master, jdk, directory);
      progress.note("  " + master + ": " + (run.result() != null
          ? String.format(Locale.ROOT, "netlib %.2f s, Lanes %.2f s, %.2fx",
              run.result().netlibBest(), run.result().lanesBest(), run.result().speedup())
          : "FAILED: " + run.failure()));
      runs.add(run);
    }
    return new SparkOutcome(workload, List.copyOf(runs));
  }

  private static SparkOutcome.Run runOne(SparkWorkload workload, String master, Jdk jdk,
      Path directory) {
    Path log = Path.of("logs", "spark-" + master.replace("[", "-").replace("]", "") + ".log");
    if (!Files.isRegularFile(Path.of("spark", "pom.xml"))) {
      return new SparkOutcome.Run(master, null, "no spark/pom.xml in "
          + Path.of("").toAbsolutePath() + ": the report must run from the project root"
          + " (bench/report.sh does)", null);
    }
    List<String> command = command(workload, master);
    ChildProcess.Result result;
    try {
      result = ChildProcess.run(command, Map.of(
          // Maven and the benchmark's own JVM (exec's "java" from the PATH) on the report's JDK.
          "JAVA_HOME", jdk.home().toString(),
          "PATH", jdk.home().resolve("bin") + ":" + System.getenv().getOrDefault("PATH", ""),
          // Spark stays on the loopback interface, as in the module's tests.
          "SPARK_LOCAL_IP", "127.0.0.1",
          "SPARK_LOCAL_HOSTNAME", "localhost"), TIMEOUT_SECONDS);
    } catch (ReportException e) {
      return new SparkOutcome.Run(master, null, e.getMessage(), null);
    }
    try {
      Files.createDirectories(directory.resolve(log).getParent());
      Files.writeString(directory.resolve(log), shellLine(command) + "\n" + result.output());
    } catch (IOException e) {
      return new SparkOutcome.Run(master, null, "cannot write " + directory.resolve(log) + ": "
          + e.getMessage(), null);
    }
    return outcome(master, result, log);
  }

  /** The command as one could paste it into a shell: arguments with spaces quoted. */
  static String shellLine(List<String> command) {
    return command.stream().map(a -> a.contains(" ") ? "\"" + a + "\"" : a)
        .collect(Collectors.joining(" "));
  }

  /** The figures of a finished child, or what went wrong in it. */
  static SparkOutcome.Run outcome(String master, ChildProcess.Result result, Path log) {
    if (result.timedOut()) {
      return new SparkOutcome.Run(master, null, "stopped after " + TIMEOUT_SECONDS / 60
          + " minutes", log);
    }
    if (result.exitCode() != 0) {
      return new SparkOutcome.Run(master, null, whyMavenFailed(result), log);
    }
    try {
      return new SparkOutcome.Run(master, SparkResult.parse(result.plainOutput()), null, log);
    } catch (ReportException e) {
      return new SparkOutcome.Run(master, null, e.getMessage(), log);
    }
  }

  /** The exit status, Maven's first error line, and the likely fix when it ran offline. */
  private static String whyMavenFailed(ChildProcess.Result result) {
    String output = result.plainOutput();
    StringBuilder why = new StringBuilder("mvn exited with status " + result.exitCode());
    for (String line : output.split("\n")) {
      // Maven ends the line with a pointer to its wiki, which says nothing about this run.
      String error = line.startsWith("[ERROR] ") ? line.substring("[ERROR] ".length()).strip()
          .replaceFirst("\\.?( -> \\[Help \\d+\\])?$", "") : "";
      if (!error.isEmpty()) {
        why.append(": ").append(error.length() > MAX_ERROR_LENGTH
            ? error.substring(0, MAX_ERROR_LENGTH) + "..." : error);
        break;
      }
    }
    if (output.contains("in offline mode")) {
      why.append("; the report runs Maven offline and a jar is missing from the local"
          + " repository (on a fresh clone, Spark's): fetch them once with"
          + " `mvn -B -Pspark -pl spark -am test-compile`");
    }
    return why.toString();
  }
}
