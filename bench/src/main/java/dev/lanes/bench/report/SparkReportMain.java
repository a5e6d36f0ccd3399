package dev.lanes.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs only the report's Spark step and writes its section to SPARK.md, to refresh the Spark
 * figures without the JMH runs: {@code java -cp bench/target/benchmarks.jar
 * dev.lanes.bench.report.SparkReportMain [--spark-workload W] [--jdks N] [--out DIR]}, from the
 * project root. It takes the report's options; only these three apply.
 */
public final class SparkReportMain {
  private SparkReportMain() {}

  public static void main(String[] args) {
    try {
      List<String> withSpark = new ArrayList<>(List.of("--spark"));
      withSpark.addAll(List.of(args));
      ReportOptions options = ReportOptions.parse(withSpark.toArray(String[]::new));
      if (options.help()) {
        System.out.println(ReportOptions.USAGE);
        return;
      }
      Jdk jdk = Jdk.select(options.jdks(), Jdk.installed(), Runtime.version().feature()).get(0);
      Path directory = ReportMain.outputDirectory(options);
      SparkOutcome outcome = SparkBenchmark.run(options.sparkWorkload(), jdk, directory,
          new Progress());
      Path file = directory.resolve("SPARK.md");
      Files.writeString(file, SparkMarkdown.section(outcome));
      System.out.println();
      System.out.println("Spark section written to " + file.toAbsolutePath());
    } catch (ReportException e) {
      System.err.println("report: " + e.getMessage());
      System.exit(2);
    } catch (IOException e) {
      System.err.println("report: cannot write SPARK.md: " + e.getMessage());
      System.exit(2);
    }
  }
}
