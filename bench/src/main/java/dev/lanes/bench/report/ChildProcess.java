package dev.lanes.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a command to its end (or a time limit) and collects its output. */
final class ChildProcess {
  /** The output (stdout and stderr) and how the command ended. */
  record Result(String output, int exitCode, boolean timedOut, double seconds) {
    /** The output without terminal colour codes, which Maven prints even in batch mode. */
    String plainOutput() {
      return output.replaceAll("\u001B\\[[0-9;]*m", "");
    }

    /** The {@code key=value} lines of the output. */
    Map<String, String> keyValues() {
      Map<String, String> values = new LinkedHashMap<>();
      for (String line : output.split("\n")) {
        int equals = line.indexOf('=');
        if (equals > 0 && line.substring(0, equals).matches("\\w+")) {
          values.put(line.substring(0, equals), line.substring(equals + 1).trim());
        }
      }
      return values;
    }
  }

  private ChildProcess() {}

  /**
   * Runs {@code command} in the current directory with these variables set (a null value
   * removes one), stopping it after {@code timeoutSeconds}.
   *
   * @throws ReportException if the command cannot start
   */
  static Result run(List<String> command, Map<String, String> environment, long timeoutSeconds) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    JmhRun.applyEnvironment(builder.environment(), environment);
    long start = System.nanoTime();
    try {
      Process process = builder.start();
      StringBuilder output = new StringBuilder();
      Thread reader = new Thread(() -> {
        try {
          output.append(new String(process.getInputStream().readAllBytes(),
              StandardCharsets.UTF_8));
        } catch (IOException e) {
          output.append("(output lost: ").append(e.getMessage()).append(')');
        }
      });
      reader.start();
      boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
      if (!finished) {
        process.destroyForcibly();
      }
      reader.join(TimeUnit.SECONDS.toMillis(10));
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Result(output.toString(), finished ? process.exitValue() : -1, !finished,
          seconds);
    } catch (IOException e) {
      throw new ReportException("cannot start " + command.get(0) + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReportException("interrupted while running " + String.join(" ", command));
    }
  }
}
