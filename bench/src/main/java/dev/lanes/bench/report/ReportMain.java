package dev.lanes.bench.report;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormat;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The one-command vectorization report: probes what runs on each JDK and width, runs the JMH
 * plan (every JDK and width in its own JVMs), flags contaminated figures, and writes a Markdown
 * report with PNG charts and the JMH JSON into one folder. Started by bench/report.sh.
 */
public final class ReportMain {
  private static final long PROBE_TIMEOUT_SECONDS = 120;
  /** At most this many flagged figures are measured again (each takes about 10 s). */
  private static final int MAX_RETRIES = 12;
  /** The first decimal or percentage after "accuracy" on a line ("over 3 seeds" is skipped). */
  private static final Pattern ACCURACY =
      Pattern.compile("(?i)accuracy\\b[^\\n]*?([0-9]*\\.[0-9]+\\s*%?|[0-9]+\\s*%)");

  private ReportMain() {}

  public static void main(String[] args) {
    try {
      ReportOptions options = ReportOptions.parse(args);
      if (options.help()) {
        System.out.println(ReportOptions.USAGE);
        return;
      }
      Path report = run(options);
      System.out.println();
      System.out.println("Report written to " + report.getParent().toAbsolutePath());
      System.out.println("  " + report.toAbsolutePath());
    } catch (ReportException e) {
      System.err.println("report: " + e.getMessage());
      System.exit(2);
    }
  }

  private static Path run(ReportOptions options) {
    long start = System.nanoTime();
    String loadBefore = Machine.loadAverage();
    Path jar = benchmarksJar();
    List<Jdk> jdks = Jdk.select(options.jdks(), Jdk.installed(), Runtime.version().feature());
    Path directory = outputDirectory(options);
    Machine machine = Machine.current();
    System.out.println("Lanes vectorization report (" + (options.full() ? "full" : "quick")
        + ") on " + machine.cpuModel() + ", " + machine.cores() + " cores, JDKs "
        + jdks.stream().map(j -> String.valueOf(j.major())).collect(Collectors.joining(", "))
        + "; output in " + directory);

    Progress progress = new Progress();
    Map<Integer, Map<String, String>> lanes = new LinkedHashMap<>();
    Map<Integer, Integer> autoBits = new LinkedHashMap<>();
    for (Jdk jdk : jdks) {
      progress.note("probing Lanes on JDK " + jdk.version() + " at every width");
      Map<String, String> byWidth = new LinkedHashMap<>();
      List<String> widths = new ArrayList<>(List.of("auto"));
      widths.addAll(RunPlan.WIDTHS);
      for (String width : widths) {
        List<String> jvm = new ArrayList<>(List.of("--add-modules", "jdk.incubator.vector"));
        if (!width.equals("auto")) {
          jvm.add("-Dlanes.vectorBits=" + width);
        }
        Map<String, String> probe = probeLanes(jdk, jar, jvm);
        byWidth.put(width, probe.getOrDefault("describe", "(no answer)"));
        if (width.equals("auto")) {
          autoBits.put(jdk.major(), Integer.parseInt(probe.getOrDefault("bits", "0")));
        }
      }
      byWidth.put("no-module", probeLanes(jdk, jar, List.of()).getOrDefault("describe",
          "(no answer)"));
      lanes.put(jdk.major(), byWidth);
    }
    Map<String, Map<String, String>> peers = new LinkedHashMap<>();
    peers.put("", probePeers(jdks.get(0), jar, RunPlan.BEST_OPENBLAS));
    peers.put("Haswell", probePeers(jdks.get(0), jar, RunPlan.HASWELL_OPENBLAS));
    progress.note("OpenBLAS kernel: " + peers.get("").get("core") + " (best for this CPU), "
        + peers.get("Haswell").get("core") + " with OPENBLAS_CORETYPE=Haswell");

    BenchmarkList list = BenchmarkList.defaultList();
    OutputFormat silent = OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT);
    Map<String, Map<String, List<String>>> benchmarks = new LinkedHashMap<>();
    for (BenchmarkListEntry entry : list.getAll(silent, List.of())) {
      Map<String, List<String>> defaults = new LinkedHashMap<>();
      entry.getParams().orElse(Map.of()).forEach((name, values) ->
          defaults.put(name, List.of(values)));
      benchmarks.putIfAbsent(entry.getUsername(), defaults);
    }
    List<RunSpec> plan = RunPlan.build(options.full(), jdks, autoBits, benchmarks,
        machine.cores());
    int total = 0;
    for (RunSpec spec : plan) {
      total += configurations(list, silent, spec);
    }
    progress.expect(total);
    progress.note(plan.size() + " JMH runs, " + total + " benchmarks to measure");

    List<Measurement> sweep = new ArrayList<>();
    List<Measurement> isolated = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    for (RunSpec spec : plan) {
      JmhRun.Outcome outcome = JmhRun.run(spec, jar, directory, progress);
      (spec.isolated() ? isolated : sweep).addAll(outcome.measurements());
      failures.addAll(outcome.failures());
    }
    retryFlagged(sweep, isolated, jdks, jar, directory, progress);
    ReportData.DigitsOutcome digits = runDigits(options, jdks.get(0), jar, progress);
    SparkOutcome spark = options.spark()
        ? SparkBenchmark.run(options.sparkWorkload(), jdks.get(0), directory, progress) : null;
    Map<Measurement, String> flags = Contamination.flag(sweep, isolated);
    ReportData data = new ReportData(options, machine, jdks, lanes, autoBits, peers, sweep,
        isolated, flags, failures, digits, spark, loadBefore, Machine.loadAverage(),
        (System.nanoTime() - start) / 1e9);
    progress.note("writing the report and charts");
    Charts.write(directory, data);
    return MarkdownReport.write(directory, data);
  }

  /** Creates the report's folder: --out, or bench/reports/&lt;date-time&gt;. */
  static Path outputDirectory(ReportOptions options) {
    Path directory = options.outputDirectory() != null ? options.outputDirectory()
        : Path.of("bench", "reports",
            LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss")));
    try {
      Files.createDirectories(directory);
    } catch (IOException e) {
      throw new ReportException("cannot create the output folder " + directory + ": "
          + e.getMessage());
    }
    return directory;
  }

  /** Measures each flagged figure once more, alone and warmed up longer, and keeps the new one. */
  private static void retryFlagged(List<Measurement> sweep, List<Measurement> isolated,
      List<Jdk> jdks, Path jar, Path directory, Progress progress) {
    List<Measurement> flagged = new ArrayList<>(Contamination.flag(sweep, isolated).keySet());
    if (flagged.isEmpty()) {
      return;
    }
    flagged = flagged.subList(0, Math.min(MAX_RETRIES, flagged.size()));
    progress.expect(flagged.size());
    progress.note("measuring " + flagged.size() + " flagged figure(s) again with a longer warmup");
    int index = 0;
    for (Measurement m : flagged) {
      Jdk jdk = jdks.stream().filter(j -> j.major() == m.jdk()).findFirst().orElseThrow();
      JmhRun.Outcome outcome = JmhRun.run(RunPlan.retry(m, jdk, ++index), jar, directory,
          progress);
      if (!outcome.measurements().isEmpty()) {
        sweep.remove(m);
        sweep.addAll(outcome.measurements());
      }
    }
  }

  private static Path benchmarksJar() {
    try {
      Path location = Path.of(ReportMain.class.getProtectionDomain().getCodeSource().getLocation()
          .toURI());
      if (!Files.isRegularFile(location)) {
        throw new ReportException("the report runs from bench/target/benchmarks.jar, not from "
            + location + ": use bench/report.sh");
      }
      return location;
    } catch (URISyntaxException e) {
      throw new ReportException("cannot locate the benchmarks jar: " + e.getMessage());
    }
  }

  private static Map<String, String> probeLanes(Jdk jdk, Path jar, List<String> jvmOptions) {
    ChildProcess.Result result = ChildJvm.run(jdk, jar, jvmOptions,
        SystemProbe.class.getName(), List.of("lanes"), Map.of(), PROBE_TIMEOUT_SECONDS);
    return result.keyValues();
  }

  private static Map<String, String> probePeers(Jdk jdk, Path jar, Map<String, String> env) {
    ChildProcess.Result result = ChildJvm.run(jdk, jar, List.of(), SystemProbe.class.getName(),
        List.of("peers"), env, PROBE_TIMEOUT_SECONDS);
    Map<String, String> values = new LinkedHashMap<>(result.keyValues());
    Matcher core = Pattern.compile("Core: (\\S+)").matcher(result.output());
    values.put("core", core.find() ? core.group(1) : "unknown");
    return values;
  }

  /** How many JMH forks a run makes: benchmarks x parameter combinations. */
  private static int configurations(BenchmarkList list, OutputFormat silent, RunSpec spec) {
    int count = 0;
    for (BenchmarkListEntry entry : list.find(silent, List.of(spec.include()), List.of())) {
      int combinations = 1;
      Map<String, String[]> defaults = entry.getParams().orElse(Map.of());
      for (Map.Entry<String, String[]> param : defaults.entrySet()) {
        List<String> given = spec.params().get(param.getKey());
        combinations *= given != null ? given.size() : param.getValue().length;
      }
      count += combinations;
    }
    return count;
  }

  private static ReportData.DigitsOutcome runDigits(ReportOptions options, Jdk jdk, Path jar,
      Progress progress) {
    try {
      Class.forName(options.digitsClass(), false, ReportMain.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      progress.note("digits example " + options.digitsClass() + " not in the jar: skipped");
      return null;
    }
    progress.note("running the digits example " + options.digitsClass());
    ChildProcess.Result result = ChildJvm.run(jdk, jar, List.of("--add-modules",
        "jdk.incubator.vector"), options.digitsClass(), List.of(), RunPlan.BEST_OPENBLAS,
        options.full() ? 3600 : 300);
    return new ReportData.DigitsOutcome(options.digitsClass(), accuracy(result.output()),
        result.seconds(), result.exitCode(), result.timedOut(), tail(result.output(), 12));
  }

  /** The last accuracy the example printed, or null. */
  static String accuracy(String output) {
    Matcher matcher = ACCURACY.matcher(output);
    String last = null;
    while (matcher.find()) {
      last = matcher.group(1).trim();
    }
    return last;
  }

  private static String tail(String text, int lines) {
    String[] all = text.strip().split("\n");
    int from = Math.max(0, all.length - lines);
    return String.join("\n", java.util.Arrays.asList(all).subList(from, all.length));
  }
}
