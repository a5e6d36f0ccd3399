package dev.lanes.bench.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs one {@link RunSpec} as a child process ({@code java -jar benchmarks.jar ...} on the run's
 * JDK and environment), keeps its output in a log, reports progress, and reads its JSON.
 */
final class JmhRun {
  private static final Pattern OPENBLAS_CORE = Pattern.compile("Core: (\\S+)");

  /** What one run produced. */
  record Outcome(List<Measurement> measurements, List<String> failures, String openBlasCore,
      boolean locked) {}

  /** JMH refuses to start while another JMH run holds its lock file. */
  private static final String LOCKED = "Unable to acquire the JMH lock";
  private static final long LOCK_WAIT_SECONDS = 10;
  private static final int LOCK_ATTEMPTS = 180;

  private JmhRun() {}

  /** Runs {@code spec}; while another JMH run holds the lock, waits for it rather than race it. */
  static Outcome run(RunSpec spec, Path jar, Path directory, Progress progress) {
    for (int attempt = 1; ; attempt++) {
      Outcome outcome = attempt(spec, jar, directory, progress);
      if (!outcome.locked()) {
        return outcome;
      }
      if (attempt == LOCK_ATTEMPTS) {
        outcome.failures().add("run " + spec.label() + ": another JMH run held /tmp/jmh.lock for "
            + LOCK_ATTEMPTS * LOCK_WAIT_SECONDS / 60 + " minutes");
        return outcome;
      }
      progress.note("another JMH run holds its lock (/tmp/jmh.lock): waiting "
          + LOCK_WAIT_SECONDS + " s before " + spec.label());
      try {
        Thread.sleep(LOCK_WAIT_SECONDS * 1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ReportException("interrupted while waiting for the JMH lock");
      }
    }
  }

  private static Outcome attempt(RunSpec spec, Path jar, Path directory, Progress progress) {
    Path json = directory.resolve("jmh").resolve(spec.label() + ".json");
    Path log = directory.resolve("logs").resolve(spec.label() + ".log");
    List<String> command = new ArrayList<>();
    command.add(spec.jdk().java().toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(spec.jmhArguments(json.toString()));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    applyEnvironment(builder.environment(), spec.environment());
    List<String> failures = new ArrayList<>();
    String core = null;
    String benchmark = null;
    String parameters = "";
    boolean locked = false;
    try {
      Files.createDirectories(json.getParent());
      Files.createDirectories(log.getParent());
      Process process = builder.start();
      try (BufferedReader output = new BufferedReader(new InputStreamReader(
          process.getInputStream(), StandardCharsets.UTF_8));
          var logWriter = Files.newBufferedWriter(log)) {
        logWriter.write(String.join(" ", command) + "\n");
        boolean inFailure = false;
        for (String line; (line = output.readLine()) != null; ) {
          logWriter.write(line + "\n");
          // JMH prints "# Benchmark:", then "# Parameters:" if any, then "# Run progress:".
          if (line.startsWith("# Benchmark: ")) {
            benchmark = line.substring(line.lastIndexOf('.', line.lastIndexOf('.') - 1) + 1);
            parameters = "";
          } else if (line.startsWith("# Parameters: ")) {
            parameters = " " + line.substring("# Parameters: ".length());
          } else if (line.startsWith("# Run progress: ")) {
            progress.benchmarkStarts(spec.label(), benchmark + parameters);
          }
          locked |= line.contains(LOCKED);
          Matcher matcher = OPENBLAS_CORE.matcher(line);
          if (matcher.find()) {
            core = matcher.group(1);
          }
          if (line.contains("<failure>")) {
            inFailure = true;
          } else if (inFailure && !line.isBlank()) {
            failures.add(benchmark + ": " + line.trim());
            progress.note("  FAILED " + benchmark + ": " + line.trim());
            inFailure = false;
          }
        }
      }
      int exit = process.waitFor();
      if (exit != 0 && !locked) {
        failures.add("run " + spec.label() + " exited with status " + exit + " (see " + log + ")");
      }
      String text = Files.isRegularFile(json) ? Files.readString(json) : "";
      return new Outcome(JmhJson.parse(text, spec.label(), spec.jdk().major(), spec.width(),
          spec.variant()), failures, core, locked);
    } catch (IOException e) {
      throw new ReportException("run " + spec.label() + " could not run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReportException("interrupted during run " + spec.label());
    }
  }

  /** Sets the run's variables; a null value removes one. */
  static void applyEnvironment(Map<String, String> environment, Map<String, String> settings) {
    settings.forEach((name, value) -> {
      if (value == null) {
        environment.remove(name);
      } else {
        environment.put(name, value);
      }
    });
  }
}
