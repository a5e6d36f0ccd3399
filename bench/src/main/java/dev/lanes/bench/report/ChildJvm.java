package dev.lanes.bench.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs a short Java program from the benchmarks jar in its own JVM and collects its output. */
final class ChildJvm {
  private ChildJvm() {}

  static ChildProcess.Result run(Jdk jdk, Path jar, List<String> jvmOptions, String mainClass,
      List<String> args, Map<String, String> environment, long timeoutSeconds) {
    List<String> command = new ArrayList<>();
    command.add(jdk.java().toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(jar.toString());
    command.add(mainClass);
    command.addAll(args);
    return ChildProcess.run(command, environment, timeoutSeconds);
  }
}
