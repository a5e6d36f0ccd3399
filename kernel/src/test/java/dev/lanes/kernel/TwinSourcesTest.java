package dev.lanes.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Float and double share one source of truth: every {@code Double*.java} under
 * src/main/java is the template of a {@code Float*.java} twin, made by replacing tokens
 * (Double→Float, double→float, DOUBLE→FLOAT, dgemm→sgemm). This test regenerates each twin and
 * fails when the checked-in file has drifted. To regenerate after editing a template:
 * {@code mvn -pl kernel test -Dtest=TwinSourcesTest -Dlanes.regenerate=true}.
 */
class TwinSourcesTest {
  private static final Path SOURCES = Paths.get("src", "main", "java");

  static String floatTwin(String doubleSource, String templateName) {
    String body = doubleSource
        .replace("Double", "Float")
        .replace("double", "float")
        .replace("DOUBLE", "FLOAT")
        .replace("dgemm", "sgemm");
    return "// GENERATED from " + templateName + " by TwinSourcesTest: edit the template, then"
        + " regenerate.\n" + body;
  }

  static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(SOURCES)) {
      return files.filter(f -> f.getFileName().toString().matches("Double\\w*\\.java"))
          .sorted().collect(Collectors.toList());
    }
  }

  @Test
  void everyFloatTwinMatchesItsDoubleTemplate() throws IOException {
    List<Path> templates = templates();
    assertFalse(templates.isEmpty(), "no Double*.java templates under " + SOURCES.toAbsolutePath());
    boolean regenerate = Boolean.getBoolean("lanes.regenerate");
    for (Path template : templates) {
      String name = template.getFileName().toString();
      Path twin = template.resolveSibling(name.replaceFirst("^Double", "Float"));
      String expected = floatTwin(Files.readString(template, StandardCharsets.UTF_8), name);
      if (regenerate) {
        Files.writeString(twin, expected, StandardCharsets.UTF_8);
      }
      String actual = Files.exists(twin) ? Files.readString(twin, StandardCharsets.UTF_8) : "";
      assertEquals(expected, actual, twin + " has drifted from " + name
          + ": regenerate with -Dlanes.regenerate=true");
    }
  }
}
