package dev.lanes.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One JMH invocation of the report: one JDK and one Lanes width (JMH then forks every
 * benchmark and parameter set into its own JVM).
 *
 * @param label a unique name, also the JSON file's name
 * @param jdk the JDK that runs JMH and its forks
 * @param width the Lanes width: {@code auto} or a value of {@code lanes.vectorBits}
 * @param variant a peer variant set through the environment, empty for none
 * @param environment variables to set; a null value removes the variable
 * @param include the regular expression of the benchmarks to run
 * @param params JMH parameter values that replace the benchmarks' defaults
 * @param timing JMH's fork, warmup and measurement options
 * @param profileGc whether to add {@code -prof gc} (allocation per operation)
 * @param isolated whether this is an isolated reference run for the contamination check
 */
public record RunSpec(String label, Jdk jdk, String width, String variant,
    Map<String, String> environment, String include, Map<String, List<String>> params,
    List<String> timing, boolean profileGc, boolean isolated) {

  /** Options that make every fork add the Vector API module and the width. */
  public String forkJvmArgs() {
    String args = "--add-modules jdk.incubator.vector";
    return width.equals("auto") ? args : args + " -Dlanes.vectorBits=" + width;
  }

  /** The JMH command line after {@code java -jar benchmarks.jar}. */
  public List<String> jmhArguments(String jsonFile) {
    List<String> args = new ArrayList<>();
    args.add(include);
    params.forEach((name, values) -> {
      args.add("-p");
      args.add(name + "=" + String.join(",", values));
    });
    args.addAll(timing);
    if (profileGc) {
      args.add("-prof");
      args.add("gc");
    }
    args.add("-jvmArgsAppend");
    args.add(forkJvmArgs());
    args.add("-rf");
    args.add("json");
    args.add("-rff");
    args.add(jsonFile);
    return args;
  }
}
