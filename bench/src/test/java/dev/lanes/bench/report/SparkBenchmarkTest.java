package dev.lanes.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a finished Maven child becomes figures or a failure; no Spark is started. */
class SparkBenchmarkTest {
  private static final Path LOG = Path.of("logs", "spark-local-1.log");

  private static SparkOutcome.Run outcome(String output, int exitCode, boolean timedOut) {
    return SparkBenchmark.outcome("local[1]",
        new ChildProcess.Result(output, exitCode, timedOut, 60), LOG);
  }

  @Test
  void theCommandRunsTheSparkModuleOfflineWithTheWorkload() {
    List<String> command = SparkBenchmark.command(SparkWorkload.parse("400 16,32,16,4 64 2 1"),
        "local[2]");
    assertEquals(List.of("mvn", "-o", "-q", "-B", "-Pspark", "-pl", "spark", "-am", "test",
        "-DskipTests", "-Dmlp.benchmark=local[2] 400 16,32,16,4 64 2 1"), command);
    assertEquals("mvn -o -q -B -Pspark -pl spark -am test -DskipTests"
        + " \"-Dmlp.benchmark=local[2] 400 16,32,16,4 64 2 1\"", SparkBenchmark.shellLine(command));
  }

  @Test
  void aFinishedRunGivesItsFigures() {
    SparkOutcome.Run run = outcome("\u001B[0m\u001B[0mWARNING: Using incubator modules\n"
        + SparkResultTest.LINE + "\n", 0, false);
    assertNull(run.failure());
    assertEquals(2.00, run.result().speedup());
    assertEquals(LOG, run.log());
  }

  @Test
  void missingJarsInOfflineModeSayHowToFetchThem() {
    SparkOutcome.Run run = outcome("\u001B[0m\u001B[0m[ERROR] Failed to execute goal on project"
        + " lanes-spark: Could not resolve dependencies: Cannot access central in offline mode"
        + " and the artifact org.apache.spark:spark-mllib_2.13:jar:4.2.0 has not been"
        + " downloaded from it before. -> [Help 1]\n[ERROR] \n", 1, false);
    assertNull(run.result());
    assertTrue(run.failure().startsWith("mvn exited with status 1: Failed to execute goal"),
        run.failure());
    assertTrue(run.failure().contains("spark-mllib_2.13:jar:4.2.0 has not been downloaded from"
        + " it before; the report runs Maven offline"), run.failure());
    assertTrue(run.failure().contains("mvn -B -Pspark -pl spark -am test-compile"),
        run.failure());
  }

  @Test
  void aRunWithoutAResultLineOrOutOfTimeIsAFailure() {
    assertEquals("the benchmark printed no RESULT line",
        outcome("  speed-up (best / best): 2.00x\n", 0, false).failure());
    assertEquals("stopped after 60 minutes", outcome(SparkResultTest.LINE, -1, true).failure());
  }
}
