package dev.lanes.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Writes REPORT.md: the machine, then one section per comparison, then what was flagged. */
final class MarkdownReport {
  static final List<String> GEMM_SIZES = List.of("64", "256", "1024", "2048", "dense-forward",
      "dense-weight-grad", "dense-backward");

  private final ReportData data;
  private final Results results;
  private final StringBuilder out = new StringBuilder();

  private MarkdownReport(ReportData data) {
    this.data = data;
    this.results = new Results(data);
  }

  static Path write(Path directory, ReportData data) {
    MarkdownReport report = new MarkdownReport(data);
    report.all();
    Path file = directory.resolve("REPORT.md");
    try {
      Files.writeString(file, report.out);
    } catch (IOException e) {
      throw new ReportException("cannot write " + file + ": " + e.getMessage());
    }
    return file;
  }

  private void all() {
    int primary = data.primaryJdk();
    line("# Lanes vectorization report");
    line("");
    line(String.format(Locale.ROOT, "%s mode, %s, took %s. Load average %s at the start, %s at"
            + " the end (on %d cores: a load above the core count means other work shared the CPU"
            + " and figures are noisy). Ratios taken in one run are the figures to quote.",
        data.options().full() ? "Full" : "Quick",
        LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")),
        Progress.format(java.time.Duration.ofSeconds((long) data.seconds())), data.loadBefore(),
        data.loadAfter(), data.machine().cores()));
    machine();
    fmaPeak();
    for (String precision : RunPlan.PRECISIONS) {
      gemmOneThread(primary, precision);
    }
    gemmTwoThreads(primary);
    widths();
    jdks();
    elementwise();
    training();
    if (data.spark() != null) {
      line("");
      out.append(SparkMarkdown.section(data.spark()));
    }
    flagged();
    line("");
    line("## Raw data");
    line("");
    line("JMH JSON of every run in `jmh/` (open with jmh-visualizer), the runs' output in `logs/`."
        + " Reproduce with `bench/report.sh" + (data.options().full() ? " --full" : "")
        + (data.spark() != null ? " --spark --spark-workload \""
            + data.spark().workload().arguments() + "\"" : "") + "`.");
  }

  private void machine() {
    Machine machine = data.machine();
    section("Machine and what runs");
    line("- CPU: " + machine.cpuModel() + " (family " + machine.cpuFamily() + "), "
        + machine.cores() + " cores available, vector flags: "
        + String.join(" ", machine.vectorFlags()));
    for (Jdk jdk : data.jdks()) {
      line("- JDK " + jdk.version() + " at `" + jdk.home() + "`");
    }
    Map<String, String> best = data.peers().get("");
    Map<String, String> haswell = data.peers().get("Haswell");
    line("- OpenBLAS: " + best.getOrDefault("openblasVersion", "?") + " (org.bytedeco, built for "
        + best.getOrDefault("openblasBuildTarget", "?") + " with dynamic kernels), called with"
        + " cblas_sgemm/cblas_dgemm on pre-allocated native buffers (FloatPointer/DoublePointer),"
        + " threads set with blas_set_num_threads. Kernel in use: **"
        + best.getOrDefault("core", "?") + "** (OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE unset);"
        + " with this machine's default OPENBLAS_CORETYPE=Haswell OPENBLAS_L2_SIZE=512: "
        + haswell.getOrDefault("core", "?") + " (the \"OpenBLAS Haswell\" column).");
    line("- netlib pure-Java BLAS instance: `" + best.getOrDefault("javaBlas", "?") + "`");
    line("");
    line("Kernels.describe() in a JVM per JDK and `-Dlanes.vectorBits` (no-module: without"
        + " `--add-modules jdk.incubator.vector`, which must fall back to scalar):");
    line("");
    List<String> header = new ArrayList<>(List.of("JDK", "lanes.vectorBits", "describe()"));
    List<List<String>> rows = new ArrayList<>();
    data.lanes().forEach((jdk, byWidth) -> byWidth.forEach(
        (width, describe) -> rows.add(List.of(String.valueOf(jdk), width, describe))));
    table(header, rows);
  }

  private void fmaPeak() {
    section("FMA peak (one core, Vector API, 12 independent FMA chains in registers), GFLOP/s");
    List<String> methods = List.of("float512", "float256", "float128", "double512", "double256",
        "double128");
    List<List<String>> rows = new ArrayList<>();
    for (Jdk jdk : data.jdks()) {
      List<String> row = new ArrayList<>(List.of("JDK " + jdk.major()));
      for (String method : methods) {
        row.add(results.cell(results.find(jdk.major(), "auto", "", "FmaPeakBenchmark." + method,
            Map.of())));
      }
      rows.add(row);
    }
    List<String> header = new ArrayList<>(List.of("JDK"));
    header.addAll(methods);
    table(header, rows);
  }

  private void gemmOneThread(int jdk, String precision) {
    String op = precision.equals("float") ? "sgemm" : "dgemm";
    section(op + ", 1 thread, JDK " + jdk + ", GFLOP/s (2mnk / time)");
    line("Lanes at its default width (" + bitsLabel(jdk) + "). Dense-layer products are those"
        + " of a 1024 → 1024 layer at batch 256. B/op: Lanes' allocation per product (-prof gc)."
        + " Chart: `gemm-" + op + ".png`.");
    line("");
    Series lanes = Series.lanes("auto", 1);
    Series openBlas = Series.openBlas("", 1);
    Series haswell = Series.openBlas("Haswell", 1);
    List<Series> peers = Series.javaPeers(precision);
    List<String> header = new ArrayList<>(List.of("size", "Lanes", "OpenBLAS", "Lanes/OpenBLAS",
        "OpenBLAS Haswell"));
    peers.forEach(p -> header.add(p.label()));
    header.add("Lanes B/op");
    List<List<String>> rows = new ArrayList<>();
    for (String size : GEMM_SIZES) {
      Measurement l = results.gemm(lanes, jdk, precision, size);
      Measurement o = results.gemm(openBlas, jdk, precision, size);
      List<String> row = new ArrayList<>(List.of(size, results.cell(l), results.cell(o),
          Results.ratio(results.value(l), results.value(o)),
          results.cell(results.gemm(haswell, jdk, precision, size))));
      peers.forEach(p -> row.add(results.cell(results.gemm(p, jdk, precision, size))));
      row.add(l == null || Double.isNaN(l.allocatedBytesPerOp()) ? "–"
          : String.format(Locale.ROOT, "%.0f", l.allocatedBytesPerOp()));
      rows.add(row);
    }
    table(header, rows);
  }

  private void gemmTwoThreads(int jdk) {
    section("Two threads, JDK " + jdk + ", GFLOP/s");
    List<List<String>> rows = new ArrayList<>();
    for (String precision : RunPlan.PRECISIONS) {
      for (String size : GEMM_SIZES) {
        double lanes2 = results.value(results.gemm(Series.lanes("auto", 2), jdk, precision, size));
        double blas2 = results.value(results.gemm(Series.openBlas("", 2), jdk, precision, size));
        if (Double.isNaN(lanes2) && Double.isNaN(blas2)) {
          continue;
        }
        double lanes1 = results.value(results.gemm(Series.lanes("auto", 1), jdk, precision, size));
        rows.add(List.of(precision.equals("float") ? "sgemm" : "dgemm", size,
            Results.number(lanes2), Results.number(blas2), Results.ratio(lanes2, blas2),
            Results.ratio(lanes2, lanes1)));
      }
    }
    table(List.of("op", "size", "Lanes 2 threads", "OpenBLAS 2 threads", "Lanes/OpenBLAS",
        "Lanes 2 threads / 1 thread"), rows);
  }

  private void widths() {
    section("Lanes by vector width, 1 thread, GFLOP/s");
    line("Each width in its own JVMs (`-Dlanes.vectorBits`). Chart: `lanes-widths.png`.");
    line("");
    for (Jdk jdk : data.jdks()) {
      List<String> widths = widthsOf(jdk.major());
      List<String> header = new ArrayList<>(List.of("JDK " + jdk.major(), "size"));
      widths.forEach(w -> header.add(w.equals("auto") ? bitsLabel(jdk.major()) + " (auto)" : w));
      List<List<String>> rows = new ArrayList<>();
      for (String precision : RunPlan.PRECISIONS) {
        for (String size : GEMM_SIZES) {
          List<String> row = new ArrayList<>(List.of(precision.equals("float") ? "sgemm" : "dgemm",
              size));
          boolean any = false;
          for (String width : widths) {
            Measurement m = results.gemm(Series.lanes(width, 1), jdk.major(), precision, size);
            any |= m != null;
            row.add(results.cell(m));
          }
          if (any) {
            rows.add(row);
          }
        }
      }
      table(header, rows);
    }
  }

  private void jdks() {
    if (data.jdks().size() < 2) {
      return;
    }
    section("JDKs side by side, Lanes at the default width, 1 thread, GFLOP/s");
    line("Chart: `jdks.png`.");
    line("");
    List<String> header = new ArrayList<>(List.of("op", "size"));
    data.jdks().forEach(j -> header.add("JDK " + j.major()));
    header.add("ratio");
    List<List<String>> rows = new ArrayList<>();
    for (String precision : RunPlan.PRECISIONS) {
      for (String size : GEMM_SIZES) {
        List<String> row = new ArrayList<>(List.of(precision.equals("float") ? "sgemm" : "dgemm",
            size));
        List<Double> values = new ArrayList<>();
        for (Jdk jdk : data.jdks()) {
          Measurement m = results.gemm(Series.lanes("auto", 1), jdk.major(), precision, size);
          values.add(results.value(m));
          row.add(results.cell(m));
        }
        if (values.stream().allMatch(v -> Double.isNaN(v))) {
          continue;
        }
        row.add(Results.ratio(values.get(values.size() - 1), values.get(0)));
        rows.add(row);
      }
    }
    table(header, rows);
  }

  private void elementwise() {
    genericSection("Elementwise and activation kernels, elements/ns", Metrics.Kind.ELEMENTWISE,
        "Copy (System.arraycopy) is the bandwidth reference. Chart: `elementwise.png`.");
  }

  private void training() {
    genericSection("Training", Metrics.Kind.TRAINING,
        "Samples/s of the network benchmarks (ops/s x batch when the benchmark has a batch"
            + " parameter).");
    ReportData.DigitsOutcome digits = data.digits();
    if (digits == null) {
      line("");
      line("Digits example (`" + data.options().digitsClass() + "`): not in this build.");
      return;
    }
    line("");
    line(String.format(Locale.ROOT, "Digits example `%s`: accuracy **%s**, %.1f s wall-clock"
            + " (JVM start included)%s.", digits.mainClass(),
        digits.accuracy() == null ? "not printed" : digits.accuracy(), digits.seconds(),
        digits.timedOut() ? ", STOPPED at the time limit"
            : digits.exitCode() != 0 ? ", exit status " + digits.exitCode() : ""));
    line("");
    line("```");
    line(digits.outputTail());
    line("```");
  }

  /** A table of every benchmark of {@code kind}: one row per benchmark and parameters. */
  private void genericSection(String title, Metrics.Kind kind, String note) {
    List<Measurement> all = data.measurements().stream()
        .filter(m -> Metrics.kind(m.benchmark()) == kind).collect(Collectors.toList());
    if (all.isEmpty()) {
      return;
    }
    section(title);
    line(note);
    line("");
    Map<String, Map<String, Measurement>> rows = new TreeMap<>();
    List<String> columns = new ArrayList<>();
    for (Measurement m : all) {
      String column = "JDK " + m.jdk() + " " + (m.width().equals("auto") ? bitsLabel(m.jdk())
          + " (auto)" : m.width());
      if (!columns.contains(column)) {
        columns.add(column);
      }
      rows.computeIfAbsent(m.shortName() + " " + new TreeMap<>(m.params()),
          r -> new LinkedHashMap<>()).put(column, m);
    }
    List<String> header = new ArrayList<>(List.of("benchmark (" + kind.unit + ")"));
    header.addAll(columns);
    List<List<String>> cells = new ArrayList<>();
    rows.forEach((name, byColumn) -> {
      List<String> row = new ArrayList<>(List.of(name));
      columns.forEach(c -> row.add(results.cell(byColumn.get(c))));
      cells.add(row);
    });
    table(header, cells);
  }

  private void flagged() {
    section("Flagged and missing results");
    if (data.flags().isEmpty() && data.failures().isEmpty()) {
      line("None: every figure is within 3x of its isolated run and of its own best iteration,"
          + " and every benchmark produced a number.");
      return;
    }
    line("A flagged figure is below 1/3 of the same kernel's figure in an isolated run (same"
        + " JDK, width and parameters, alone in its JVM) or of its own best iteration, or comes"
        + " from a Lanes GEMM that allocated (boxed vectors), and still was when measured again"
        + " alone after a longer warmup: it is not shown as a result.");
    line("");
    data.flags().forEach((m, reason) -> line("- flagged: JDK " + m.jdk() + ", width " + m.width()
        + ", " + m.shortName() + " " + m.params() + ": " + reason));
    data.failures().forEach(f -> line("- no number: " + f));
  }

  private List<String> widthsOf(int jdk) {
    List<String> widths = new ArrayList<>(List.of("auto"));
    widths.addAll(RunPlan.otherWidths(data.autoBits().getOrDefault(jdk, 0)));
    return widths;
  }

  private String bitsLabel(int jdk) {
    int bits = data.autoBits().getOrDefault(jdk, 0);
    return bits == 0 ? "scalar" : bits + "-bit";
  }

  private void section(String title) {
    line("");
    line("## " + title);
    line("");
  }

  private void table(List<String> header, List<List<String>> rows) {
    if (rows.isEmpty()) {
      line("(not measured in this mode)");
      return;
    }
    out.append(MarkdownTable.of(header, rows));
    line("");
  }

  private void line(String text) {
    out.append(text).append('\n');
  }
}
