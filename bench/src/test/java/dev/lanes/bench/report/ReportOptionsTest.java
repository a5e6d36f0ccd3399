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
    assertFalse(options.help());
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
  }

  private static void assertMessage(String expected, String... args) {
    ReportException e = assertThrows(ReportException.class, () -> ReportOptions.parse(args));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
  }
}
