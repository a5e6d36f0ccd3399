package dev.lanes.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report and charts from known measurements: the right figures land in the right cells. */
class ReportWritingTest {
  private static Measurement gemm(int jdk, String method, String width, String size,
      String threads, double msPerOp) {
    return new Measurement("run", jdk, width, "", "dev.lanes.bench.GemmBenchmark." + method,
        Map.of("size", size, "precision", "float", "threads", threads), "avgt", msPerOp,
        Double.NaN, "ms/op", List.of(msPerOp), 0.0);
  }

  @Test
  void writesTablesRatiosFlagsAndCharts(@TempDir Path directory) throws Exception {
    List<Measurement> sweep = new ArrayList<>();
    // n = 1024: 2.147 GFLOP per product; 20 ms = 107.4 GFLOP/s, 25 ms = 85.9 GFLOP/s.
    sweep.add(gemm(17, "lanes", "auto", "1024", "1", 20));
    sweep.add(gemm(17, "openblas", "auto", "1024", "1", 25));
    sweep.add(gemm(17, "lanes", "auto", "256", "1", 1));
    sweep.add(gemm(17, "lanes", "256", "1024", "1", 21));
    sweep.add(gemm(25, "lanes", "auto", "1024", "1", 40));
    Measurement contaminated = gemm(17, "lanes", "128", "1024", "1", 500);
    sweep.add(contaminated);
    sweep.add(new Measurement("run", 17, "auto", "", "dev.lanes.bench.FmaPeakBenchmark.float512",
        Map.of(), "thrpt", 115, Double.NaN, "ops/ns", List.of(115.0), Double.NaN));
    sweep.add(new Measurement("run", 17, "auto", "", "dev.lanes.bench.CopyBenchmark.copy",
        Map.of("size", "4096"), "avgt", 256, Double.NaN, "ns/op", List.of(256.0), Double.NaN));
    Map<Measurement, String> flags = new IdentityHashMap<>();
    flags.put(contaminated, "4.29 is below 1/3 of the isolated run's 100");

    ReportData data = new ReportData(ReportOptions.parse(),
        new Machine("Test CPU", "26", List.of("avx2", "avx512f"), 2),
        List.of(new Jdk(17, "17.0.15", Path.of("/jvm/17")), new Jdk(25, "25.0.3",
            Path.of("/jvm/25"))),
        Map.of(17, Map.of("auto", "Lanes on JDK 17: 512-bit vectors")), Map.of(17, 512, 25, 512),
        Map.of("", Map.of("core", "Zen"), "Haswell", Map.of("core", "Haswell")), sweep,
        List.of(), flags, List.of("GemmPeersBenchmark.ejml: wrong product"), null,
        new SparkOutcome(SparkWorkload.DEFAULT, List.of(new SparkOutcome.Run("local[1]", null,
            "mvn exited with status 1", Path.of("logs", "spark-local-1.log")))), "1.0", "2.0",
        125);
    Charts.write(directory, data);
    Path report = MarkdownReport.write(directory, data);
    String text = Files.readString(report);

    assertTrue(text.contains("| 1024 | 107 | 85.9 | 1.25x |"), text);
    assertTrue(text.contains("| sgemm | 1024 | 107 | 102 | flagged |"), text);
    assertTrue(text.contains("| sgemm | 1024 | 107 | 53.7 | 0.50x |"), text);
    assertTrue(text.contains("| JDK 17 | 115 |"), text);
    assertTrue(text.contains("CopyBenchmark.copy {size=4096} | 16.0 |"), text);
    assertTrue(text.contains("flagged: JDK 17, width 128"), text);
    assertTrue(text.contains("no number: GemmPeersBenchmark.ejml: wrong product"), text);
    assertTrue(text.contains("**Zen**"), text);
    assertTrue(text.contains("took 02:05"), text);
    // A failed Spark run leaves its section, and the rest of the report, in place.
    assertTrue(text.indexOf("## Spark MLlib: MultilayerPerceptronClassifier training") > 0
        && text.indexOf("- local[1] failed: mvn exited with status 1") < text.indexOf(
            "## Flagged and missing results"), text);
    assertTrue(text.contains("`bench/report.sh --spark --spark-workload \"4000 1024,2048,1024,10"
        + " 1024 10 2\"`"), text);
    for (String chart : List.of("gemm-sgemm", "lanes-widths", "jdks", "elementwise")) {
      Path png = directory.resolve(chart + ".png");
      assertTrue(Files.isRegularFile(png), chart);
      assertEquals(1000, ImageIO.read(png.toFile()).getWidth(), chart);
    }
  }
}
