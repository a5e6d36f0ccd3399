package dev.lanes.bench.report;

import java.time.Duration;

/** Prints where the report is: the benchmark that starts, how many are left, the time so far. */
final class Progress {
  private final long start = System.nanoTime();
  private int total;
  private int started;

  /** Adds benchmarks to the number the report will run, once they are planned. */
  void expect(int benchmarks) {
    total += benchmarks;
  }

  Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  static String format(Duration duration) {
    long seconds = duration.getSeconds();
    return String.format("%02d:%02d", seconds / 60, seconds % 60);
  }

  /** A line for a step that is not a JMH benchmark. */
  void note(String message) {
    System.out.println("[" + format(elapsed()) + "] " + message);
    System.out.flush();
  }

  /** A line for each benchmark (with its parameters) that starts. */
  void benchmarkStarts(String run, String benchmark) {
    started++;
    int left = Math.max(0, total - started);
    note(String.format("%d/%d (%d left) %s: %s", started, total, left, run, benchmark));
  }
}
