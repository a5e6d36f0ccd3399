package dev.lanes.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the report runs: every JDK and every Lanes width in its own JMH invocation, quick or
 * full. Quick mode measures the whole GEMM comparison at the default width on the primary JDK
 * and samples the other widths and JDKs; full mode measures everything everywhere.
 */
public final class RunPlan {
  /** The forced widths, widest first. */
  public static final List<String> WIDTHS = List.of("512", "256", "128", "scalar");

  static final List<String> SQUARE = List.of("64", "256", "1024", "2048");
  static final List<String> DENSE = List.of("dense-forward", "dense-weight-grad", "dense-backward");
  static final List<String> PRECISIONS = List.of("float", "double");
  /** The kernel the isolated reference runs measure, also part of every width's sweep. */
  static final Map<String, List<String>> SENTINEL =
      Map.of("size", List.of("256"), "precision", List.of("float"), "threads", List.of("1"));

  static final String ELEMENTWISE = "\\.bench\\.elementwise\\.";
  /**
   * The Lanes methods of the elementwise benchmarks: a forced width changes only them, not the
   * scalar twins, plain loops and copies measured beside them at the default width.
   */
  static final String ELEMENTWISE_LANES = ELEMENTWISE + "\\w+\\.\\w*Lanes\\w*$";
  static final String TRAINING = "\\.bench\\.nn\\.";

  /** Two warmup seconds: the GEMM must reach C2 (one slow interpreted product can fill one). */
  private static final List<String> QUICK = List.of("-f", "1", "-wi", "2", "-w", "1s", "-i", "2",
      "-r", "1s");
  /**
   * The GEMM sweeps in quick mode: Lanes' packing loops and its threads' shares reach C2's
   * steady state only after a few seconds, so two warm-up seconds under-reported it (0.6x of
   * the figure a 10-second warm-up gives for some dense-layer shapes).
   */
  private static final List<String> QUICK_GEMM = List.of("-f", "1", "-wi", "4", "-w", "1s", "-i",
      "2", "-r", "1s");
  private static final List<String> QUICK_SHORT = List.of("-f", "1", "-wi", "1", "-w", "1s", "-i",
      "1", "-r", "1s");
  /**
   * The vector elementwise kernels in quick mode: interpreted, a Vector API call on 64K
   * elements takes tens of milliseconds (tanh: 72 ms), so one warmup second ended before C2
   * compiled tanh, and the report showed it at 0.2 elements/ns instead of about 3.
   */
  private static final List<String> QUICK_VECTOR_ELEMENTWISE = List.of("-f", "1", "-wi", "3",
      "-w", "1s", "-i", "1", "-r", "1s");
  /** The FMA probe's long calls reach C2 later than GEMM's: one more warmup second. */
  private static final List<String> QUICK_PROBE = List.of("-f", "1", "-wi", "3", "-w", "1s", "-i",
      "2", "-r", "1s");
  /** A flagged figure is measured once more, alone, after five warmup seconds. */
  private static final List<String> RETRY = List.of("-f", "1", "-wi", "5", "-w", "1s", "-i", "2",
      "-r", "1s");
  private static final List<String> FULL = List.of("-f", "1", "-wi", "3", "-w", "2s", "-i", "5",
      "-r", "2s");

  /** OpenBLAS picks its kernel at load time; without these it picks the best for the CPU. */
  public static final Map<String, String> BEST_OPENBLAS = mapOf("OPENBLAS_CORETYPE", null,
      "OPENBLAS_L2_SIZE", null, "OPENBLAS_VERBOSE", "2");
  /** The workplace default this machine sets, shown beside the best kernel. */
  public static final Map<String, String> HASWELL_OPENBLAS = mapOf("OPENBLAS_CORETYPE", "Haswell",
      "OPENBLAS_L2_SIZE", "512", "OPENBLAS_VERBOSE", "2");

  private RunPlan() {}

  private static Map<String, String> mapOf(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  /**
   * The runs, in order.
   *
   * @param full publication mode
   * @param jdks the JDKs, primary first
   * @param autoBits per JDK version, the width Lanes picks by default (0 = scalar)
   * @param benchmarks the benchmarks in the jar: full name to its parameters' default values
   * @param cores the available processors
   */
  public static List<RunSpec> build(boolean full, List<Jdk> jdks, Map<Integer, Integer> autoBits,
      Map<String, Map<String, List<String>>> benchmarks, int cores) {
    List<RunSpec> runs = new ArrayList<>();
    boolean primary = true;
    for (Jdk jdk : jdks) {
      new JdkRuns(runs, full, jdk, autoBits.getOrDefault(jdk.major(), 0), benchmarks, cores)
          .add(primary || full);
      primary = false;
    }
    return runs;
  }

  /**
   * The run that measures {@code m} once more, alone and with a longer warmup: slow warmups
   * (a busy machine, a kernel that reaches C2 late) are the common reason for a flag.
   */
  public static RunSpec retry(Measurement m, Jdk jdk, int index) {
    Map<String, List<String>> params = new LinkedHashMap<>();
    m.params().forEach((name, value) -> params.put(name, List.of(value)));
    String include = "^" + m.benchmark().replace(".", "\\.") + "$";
    return new RunSpec("retry" + index + "-jdk" + jdk.major() + "-" + m.width()
        + (m.variant().isEmpty() ? "" : "-" + m.variant().toLowerCase()), jdk, m.width(),
        m.variant(), m.variant().equals("Haswell") ? HASWELL_OPENBLAS : BEST_OPENBLAS, include,
        params, RETRY, !Double.isNaN(m.allocatedBytesPerOp()), false);
  }

  /** The widths to force besides the default one: narrower than it, and scalar. */
  static List<String> otherWidths(int autoBits) {
    List<String> widths = new ArrayList<>();
    for (String width : WIDTHS) {
      if (width.equals("scalar") ? autoBits != 0 : Integer.parseInt(width) < autoBits) {
        widths.add(width);
      }
    }
    return widths;
  }

  /** The runs of one JDK. */
  private static final class JdkRuns {
    private final List<RunSpec> runs;
    private final boolean full;
    private final Jdk jdk;
    private final int autoBits;
    private final Map<String, Map<String, List<String>>> benchmarks;
    private final int cores;

    JdkRuns(List<RunSpec> runs, boolean full, Jdk jdk, int autoBits,
        Map<String, Map<String, List<String>>> benchmarks, int cores) {
      this.runs = runs;
      this.full = full;
      this.jdk = jdk;
      this.autoBits = autoBits;
      this.benchmarks = benchmarks;
      this.cores = cores;
    }

    void add(boolean everything) {
      // An isolated reference for each width this JDK's sweep measures.
      List<String> widths = new ArrayList<>();
      widths.add("auto");
      if (everything) {
        widths.addAll(otherWidths(autoBits));
      }
      for (String width : widths) {
        run("isolated", width, "", BEST_OPENBLAS, "GemmBenchmark\\.lanes$", SENTINEL, QUICK, false,
            true);
      }
      run("fma", "auto", "", BEST_OPENBLAS, fmaRegex(everything), Map.of(),
          full ? FULL : QUICK_PROBE, false, false);
      List<String> squares = everything ? SQUARE : List.of("256", "1024");
      List<String> sizes = concat(squares, everything ? DENSE : List.of("dense-forward"));
      // OpenBLAS is native code: on a second JDK in quick mode it would only repeat itself.
      run("gemm-1t", "auto", "", BEST_OPENBLAS, everything ? "GemmBenchmark\\.(lanes|openblas)$"
          : "GemmBenchmark\\.lanes$", Map.of("size", sizes, "precision", PRECISIONS, "threads",
          List.of("1")), gemmTiming(), true, false);
      if (!everything) {
        return;
      }
      if (cores >= 2) {
        List<String> threaded = full ? concat(SQUARE, DENSE) : List.of("1024", "dense-forward");
        run("gemm-2t", "auto", "", BEST_OPENBLAS, "GemmBenchmark\\.(lanes|openblas)$",
            Map.of("size", threaded, "precision", PRECISIONS, "threads", List.of("2")),
            gemmTiming(), true, false);
      }
      List<String> peerSizes = full ? concat(SQUARE, DENSE) : List.of("256", "1024");
      run("peers", "auto", "", BEST_OPENBLAS, "GemmPeersBenchmark\\.",
          Map.of("size", peerSizes, "precision", PRECISIONS), shortTiming(), false, false);
      run("commons-math", "auto", "", BEST_OPENBLAS, "CommonsMathGemmBenchmark\\.",
          Map.of("size", full ? concat(List.of("64", "256", "1024"), DENSE) : peerSizes),
          shortTiming(), false, false);
      run("openblas-haswell", "auto", "Haswell", HASWELL_OPENBLAS, "GemmBenchmark\\.openblas$",
          Map.of("size", full ? concat(SQUARE, DENSE) : List.of("1024"), "precision", PRECISIONS,
              "threads", List.of("1")), timing(), false, false);
      for (String width : otherWidths(autoBits)) {
        run("gemm-1t", width, "", BEST_OPENBLAS, "GemmBenchmark\\.lanes$",
            Map.of("size", full ? concat(SQUARE, DENSE) : List.of("256", "1024"), "precision",
                full ? PRECISIONS : List.of("float"), "threads", List.of("1")), timing(), true,
            false);
      }
      run("copy", "auto", "", BEST_OPENBLAS, "CopyBenchmark\\.", Map.of(), shortTiming(), false,
          false);
      // Other modules' benchmarks: every width and parameter in full mode; in quick mode one
      // value of each parameter, the default width and scalar (elementwise), the default width
      // (training).
      List<String> allWidths = concat(List.of("auto"), otherWidths(autoBits));
      for (String width : full ? allWidths : List.of("auto", "scalar")) {
        if (allWidths.contains(width)) {
          run("elementwise", width, "", BEST_OPENBLAS,
              width.equals("auto") ? ELEMENTWISE : ELEMENTWISE_LANES, sampleParams(ELEMENTWISE),
              elementwiseTiming(width), false, false);
        }
      }
      for (String width : full ? allWidths : List.of("auto")) {
        run("training", width, "", BEST_OPENBLAS, TRAINING, sampleParams(TRAINING),
            shortTiming(), false, false);
      }
    }

    private String fmaRegex(boolean everything) {
      List<String> bits = new ArrayList<>();
      for (String width : everything ? WIDTHS : List.of(String.valueOf(autoBits))) {
        if (!width.equals("scalar") && Integer.parseInt(width) <= autoBits) {
          bits.add(width);
        }
      }
      return bits.isEmpty() ? "FmaPeakBenchmark\\.none$"
          : "FmaPeakBenchmark\\.(float|double)(" + String.join("|", bits) + ")$";
    }

    private List<String> timing() {
      return full ? FULL : QUICK;
    }

    private List<String> gemmTiming() {
      return full ? FULL : QUICK_GEMM;
    }

    private List<String> shortTiming() {
      return full ? FULL : QUICK_SHORT;
    }

    private List<String> elementwiseTiming(String width) {
      return full ? FULL : width.equals("scalar") ? QUICK_SHORT : QUICK_VECTOR_ELEMENTWISE;
    }

    private boolean present(String regex) {
      Pattern pattern = Pattern.compile(regex);
      return benchmarks.keySet().stream().anyMatch(b -> pattern.matcher(b).find());
    }

    /** In quick mode, one value per parameter: the middle of three or more, else the first. */
    private Map<String, List<String>> sampleParams(String regex) {
      Map<String, List<String>> params = new LinkedHashMap<>();
      if (full) {
        return params;
      }
      Pattern pattern = Pattern.compile(regex);
      benchmarks.forEach((name, defaults) -> {
        if (pattern.matcher(name).find()) {
          defaults.forEach((param, values) -> params.putIfAbsent(param,
              List.of(values.get(values.size() >= 3 ? values.size() / 2 : 0))));
        }
      });
      return params;
    }

    private void run(String name, String width, String variant, Map<String, String> environment,
        String include, Map<String, List<String>> params, List<String> timing, boolean profileGc,
        boolean isolated) {
      if (!present(include)) {
        return;
      }
      String label = name + "-jdk" + jdk.major() + "-" + width
          + (variant.isEmpty() ? "" : "-" + variant.toLowerCase());
      runs.add(new RunSpec(label, jdk, width, variant, environment, include, params, timing,
          profileGc, isolated));
    }
  }

  private static List<String> concat(List<String> first, List<String> second) {
    List<String> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
