package dev.lanes.bench.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SparkMarkdownTest {
  private static final SparkWorkload WORKLOAD =
      SparkWorkload.parse("4000 512,2048,512,10 1024 10 2");

  private static SparkOutcome.Run success(String master, String speedup) {
    return new SparkOutcome.Run(master, SparkResult.parse(SparkResultTest.LINE
        .replace("local[1]", master).replace("speedup=2.00", "speedup=" + speedup)), null,
        Path.of("logs", "spark.log"));
  }

  @Test
  void aSuccessShowsWorkloadVersionsBaselineTimesAndTheTarget() {
    String text = SparkMarkdown.section(new SparkOutcome(WORKLOAD,
        List.of(success("local[1]", "2.00"), success("local[2]", "1.50"))));
    assertTrue(text.startsWith("## Spark MLlib: MultilayerPerceptronClassifier training\n"), text);
    assertTrue(text.contains("Spark 4.2.0 local mode on JDK 17.0.15+6-Debian-1deb12u1"), text);
    assertTrue(text.contains("`JavaBLAS.getInstance()`: `VectorBLAS`"), text);
    assertTrue(text.contains("4000 rows of synthetic data, layers 512,2048,512,10, block size"
        + " 1024, 10 L-BFGS iterations per fit, 2 partitions; the best of 2 fit(s)"), text);
    assertTrue(text.contains("at least 2x faster"), text);
    assertTrue(text.contains("| local[1] | 12.34 | 6.17 | 2.00x | met |"), text);
    assertTrue(text.contains("| local[2] | 12.34 | 6.17 | 1.50x | not met |"), text);
    assertFalse(text.contains("failed"), text);
    assertFalse(text.contains("scalar fallback"), text);
  }

  @Test
  void aFailedRunSaysWhatFailedAndWhereTheLogIs() {
    String text = SparkMarkdown.section(new SparkOutcome(WORKLOAD, List.of(
        success("local[1]", "2.00"),
        new SparkOutcome.Run("local[2]", null, "mvn exited with status 1",
            Path.of("logs", "spark-local-2.log")))));
    assertTrue(text.contains("| local[1] | 12.34 | 6.17 | 2.00x | met |"), text);
    assertTrue(text.contains("| local[2] | – | – | – | failed (below) |"), text);
    assertTrue(text.contains("- local[2] failed: mvn exited with status 1 (log:"
        + " `logs/spark-local-2.log`)"), text);
  }

  @Test
  void withEveryRunFailedTheWorkloadIsStillStated() {
    String text = SparkMarkdown.section(new SparkOutcome(WORKLOAD, List.of(
        new SparkOutcome.Run("local[1]", null, "cannot start mvn: not found", null))));
    assertTrue(text.contains("Spark (unknown: no run finished) local mode"), text);
    assertTrue(text.contains("layers 512,2048,512,10"), text);
    assertTrue(text.contains("- local[1] failed: cannot start mvn: not found\n"), text);
    assertFalse(text.contains("full output"), text);
  }

  @Test
  void aScalarFallbackIsPointedOut() {
    SparkOutcome.Run scalar = new SparkOutcome.Run("local[1]", SparkResult.parse(
        SparkResultTest.LINE.replace("vectorKernels=true", "vectorKernels=false")), null, null);
    assertTrue(SparkMarkdown.section(new SparkOutcome(WORKLOAD, List.of(scalar)))
        .contains("- local[1]: Lanes ran its scalar fallback"));
  }
}
