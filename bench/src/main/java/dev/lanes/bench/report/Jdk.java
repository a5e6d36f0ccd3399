package dev.lanes.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An installed JDK: its feature version, full version and home.
 *
 * @param major the feature version (17, 25, ...)
 * @param version the full version from the {@code release} file
 * @param home the JDK's home directory
 */
public record Jdk(int major, String version, Path home) {
  private static final Pattern JAVA_VERSION =
      Pattern.compile("(?m)^JAVA_VERSION=\"?((\\d+)[^\"\\s]*)\"?");
  private static final Path JVM_DIRECTORY = Path.of("/usr/lib/jvm");

  /** The java launcher. */
  public Path java() {
    return home.resolve("bin").resolve("java");
  }

  /**
   * The JDK described by the contents of a {@code release} file, or null if it names no version.
   */
  static Jdk fromRelease(String releaseText, Path home) {
    Matcher matcher = JAVA_VERSION.matcher(releaseText);
    if (!matcher.find()) {
      return null;
    }
    return new Jdk(Integer.parseInt(matcher.group(2)), matcher.group(1), home);
  }

  /** The JDKs found: the running one first, then those under /usr/lib/jvm, one per version. */
  public static Map<Integer, Jdk> installed() {
    List<Path> homes = new ArrayList<>();
    homes.add(Path.of(System.getProperty("java.home")));
    if (Files.isDirectory(JVM_DIRECTORY)) {
      try (Stream<Path> entries = Files.list(JVM_DIRECTORY)) {
        entries.sorted().forEach(homes::add);
      } catch (IOException e) {
        throw new ReportException("cannot list " + JVM_DIRECTORY + ": " + e.getMessage());
      }
    }
    Map<Integer, Jdk> jdks = new LinkedHashMap<>();
    for (Path home : homes) {
      Path release = home.resolve("release");
      if (Files.isRegularFile(release) && Files.isExecutable(home.resolve("bin/java"))) {
        try {
          Jdk jdk = fromRelease(Files.readString(release), home.toRealPath());
          if (jdk != null) {
            jdks.putIfAbsent(jdk.major(), jdk);
          }
        } catch (IOException e) {
          // an unreadable candidate is not a JDK we can use; the others still are
        }
      }
    }
    return jdks;
  }

  /**
   * The JDKs to compare: those requested, or the running one plus JDK 25 when installed.
   *
   * @throws ReportException naming a requested version that is not installed
   */
  public static List<Jdk> select(List<Integer> requested, Map<Integer, Jdk> installed,
      int running) {
    List<Jdk> selected = new ArrayList<>();
    if (requested.isEmpty()) {
      selected.add(installed.get(running));
      if (running != 25 && installed.containsKey(25)) {
        selected.add(installed.get(25));
      }
      return selected;
    }
    for (int major : requested) {
      Jdk jdk = installed.get(major);
      if (jdk == null) {
        throw new ReportException("JDK " + major + " is not installed (found: "
            + installed.keySet() + " in java.home and " + JVM_DIRECTORY
            + "); install it or leave it out of --jdks");
      }
      selected.add(jdk);
    }
    return selected;
  }
}
