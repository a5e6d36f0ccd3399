package dev.lanes.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportOptionsTest {
  @Test
  void quickIsTheDefault() {
    ReportOptions options = ReportOptions.parse();
    assertFalse(options.full());
    assertEquals(List.of(), options.jdks());
    assertNull(options.outputDirectory());
    assertEquals(ReportOptions.DEFAULT_DIGITS_CLASS, options.digitsClass());
    assertFalse(options.spark());
    assertFalse(ReportOptions.parse("--full").spark());
    assertEquals(SparkWorkload.DEFAULT, options.sparkWorkload());
    assertFalse(options.help());
  }

  @Test
  void theSparkWorkloadHasADefaultAndCanBeChanged() {
    assertEquals(new SparkWorkload(4000, List.of(1024, 2048, 1024, 10), 1024, 10, 2),
        ReportOptions.parse("--spark").sparkWorkload());
    ReportOptions options = ReportOptions.parse("--quick", "--spark", "--spark-workload",
        " 400  16,32,16,4 64 2 1 ");
    assertTrue(options.spark());
    assertEquals(new SparkWorkload(400, List.of(16, 32, 16, 4), 64, 2, 1),
        options.sparkWorkload());
    assertEquals("local[1] 400 16,32,16,4 64 2 1",
        options.sparkWorkload().benchmarkArguments("local[1]"));
    assertTrue(ReportOptions.USAGE.contains("default \"4000 1024,2048,1024,10 1024 10 2\""),
        ReportOptions.USAGE);
  }

  @Test
  void everyOptionIsRead() {
    ReportOptions options = ReportOptions.parse("--full", "--jdks", "25,17", "--out", "/tmp/r",
        "--digits-class", "a.B");
    assertTrue(options.full());
    assertEquals(List.of(25, 17), options.jdks());
    assertEquals(Path.of("/tmp/r"), options.outputDirectory());
    assertEquals("a.B", options.digitsClass());
    assertTrue(ReportOptions.parse("--help").help());
    assertFalse(ReportOptions.parse("--quick", "--quick").full());
  }

  @Test
  void badOptionsSayWhatIsWrong() {
    assertMessage("unknown option '--fast'", "--fast");
    assertMessage("--jdks needs a value", "--jdks");
    assertMessage("--out needs a value", "--out", "--full");
    assertMessage("'sixteen' is not a JDK feature version", "--jdks", "17,sixteen");
    assertMessage("'11' is not a JDK feature version >= 17", "--jdks", "11");
    assertMessage("'' is not a JDK feature version", "--jdks", "17,");
    assertMessage("17 is listed twice", "--jdks", "17,17");
    assertMessage("--quick and --full exclude each other", "--quick", "--full");
    assertMessage("--spark-workload is used only with --spark", "--spark-workload",
        "400 16,4 64 2 1");
    assertMessage("--spark-workload needs a value", "--spark", "--spark-workload");
    assertMessage("expected 5 fields", "--spark", "--spark-workload", "400 16,4 64 2");
    assertMessage("ROWS '0' is not a positive integer", "--spark", "--spark-workload",
        "0 16,4 64 2 1");
    assertMessage("layer size 'x' is not a positive integer", "--spark", "--spark-workload",
        "400 16,x 64 2 1");
    assertMessage("LAYERS needs an input and an output size", "--spark", "--spark-workload",
        "400 16 64 2 1");
    assertMessage("REPEATS '-1' is not a positive integer", "--spark", "--spark-workload",
        "400 16,4 64 2 -1");
  }

  private static void assertMessage(String expected, String... args) {
    ReportException e = assertThrows(ReportException.class, () -> ReportOptions.parse(args));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
