package dev.lanes.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RunPlanTest {
  private static final Jdk SEVENTEEN = new Jdk(17, "17.0.15", Path.of("/jvm/17"));
  private static final Jdk TWENTY_FIVE = new Jdk(25, "25.0.3", Path.of("/jvm/25"));
  private static final Map<String, Map<String, List<String>>> GEMM_ONLY = benchmarks(
      "dev.lanes.bench.GemmBenchmark.lanes", "dev.lanes.bench.GemmBenchmark.openblas",
      "dev.lanes.bench.GemmPeersBenchmark.ejml",
      "dev.lanes.bench.CommonsMathGemmBenchmark.commonsMath",
      "dev.lanes.bench.FmaPeakBenchmark.float512", "dev.lanes.bench.CopyBenchmark.copy");

  private static Map<String, Map<String, List<String>>> benchmarks(String... names) {
    Map<String, Map<String, List<String>>> benchmarks = new java.util.LinkedHashMap<>();
    for (String name : names) {
      benchmarks.put(name, Map.of());
    }
    return benchmarks;
  }

  private static Set<String> widthsOf(List<RunSpec> plan, String prefix) {
    return plan.stream().filter(r -> r.label().startsWith(prefix)).map(RunSpec::width)
        .collect(Collectors.toSet());
  }

  @Test
  void aRetryMeasuresExactlyTheFlaggedKernelAgainWithALongerWarmup() {
    Measurement flagged = new Measurement("gemm", 25, "256", "Haswell",
        "dev.lanes.bench.GemmBenchmark.openblas",
        Map.of("size", "64", "precision", "float", "threads", "1"), "avgt", 1, Double.NaN,
        "us/op", List.of(1.0), 10);
    RunSpec retry = RunPlan.retry(flagged, TWENTY_FIVE, 3);
    assertEquals("retry3-jdk25-256-haswell", retry.label());
    assertEquals("^dev\\.lanes\\.bench\\.GemmBenchmark\\.openblas$", retry.include());
    assertEquals(Map.of("size", List.of("64"), "precision", List.of("float"), "threads",
        List.of("1")), retry.params());
    assertEquals(RunPlan.HASWELL_OPENBLAS, retry.environment());
    assertTrue(retry.forkJvmArgs().endsWith("-Dlanes.vectorBits=256"));
    assertTrue(retry.profileGc());
    assertEquals("5", retry.timing().get(retry.timing().indexOf("-wi") + 1));
  }

  @Test
  void otherWidthsAreTheNarrowerOnesAndScalar() {
    assertEquals(List.of("256", "128", "scalar"), RunPlan.otherWidths(512));
    assertEquals(List.of("128", "scalar"), RunPlan.otherWidths(256));
    assertEquals(List.of(), RunPlan.otherWidths(0));
  }

  @Test
  void everyRunHasOneJdkAndOneWidthPassedToItsForks() {
    List<RunSpec> plan = RunPlan.build(false, List.of(SEVENTEEN, TWENTY_FIVE),
        Map.of(17, 512, 25, 512), GEMM_ONLY, 2);
    Set<String> labels = new HashSet<>();
    for (RunSpec run : plan) {
      assertTrue(labels.add(run.label()), "labels are unique: " + run.label());
      String forkArgs = run.forkJvmArgs();
      assertTrue(forkArgs.startsWith("--add-modules jdk.incubator.vector"), forkArgs);
      assertEquals(run.width().equals("auto") ? -1 : 1,
          forkArgs.contains("-Dlanes.vectorBits=" + run.width()) ? 1 : -1, forkArgs);
      List<String> args = run.jmhArguments("out.json");
      assertEquals("out.json", args.get(args.size() - 1));
    }
    // Every width the sweep measures gets an isolated reference run: all on the primary JDK,
    // the default width on the sampled one.
    assertEquals(Set.of("auto", "256", "128", "scalar"), plan.stream()
        .filter(r -> r.isolated() && r.jdk() == SEVENTEEN).map(RunSpec::width)
        .collect(Collectors.toSet()));
    assertEquals(Set.of("auto"), plan.stream()
        .filter(r -> r.isolated() && r.jdk() == TWENTY_FIVE).map(RunSpec::width)
        .collect(Collectors.toSet()));
    // OpenBLAS runs with its best kernel except in the one Haswell run.
    for (RunSpec run : plan) {
      Map<String, String> expected = run.variant().equals("Haswell") ? RunPlan.HASWELL_OPENBLAS
          : RunPlan.BEST_OPENBLAS;
      assertEquals(expected, run.environment(), run.label());
    }
    assertTrue(plan.stream().anyMatch(r -> r.variant().equals("Haswell")));
  }

  @Test
  void quickModeSamplesTheSecondJdkAndFullModeRunsEverything() {
    List<RunSpec> quick = RunPlan.build(false, List.of(SEVENTEEN, TWENTY_FIVE),
        Map.of(17, 512, 25, 512), GEMM_ONLY, 2);
    List<RunSpec> full = RunPlan.build(true, List.of(SEVENTEEN, TWENTY_FIVE),
        Map.of(17, 512, 25, 512), GEMM_ONLY, 2);
    long quickJdk25 = quick.stream().filter(r -> r.jdk() == TWENTY_FIVE).count();
    long fullJdk25 = full.stream().filter(r -> r.jdk() == TWENTY_FIVE).count();
    long fullJdk17 = full.stream().filter(r -> r.jdk() == SEVENTEEN).count();
    assertTrue(quickJdk25 > 0 && quickJdk25 < fullJdk25, quickJdk25 + " vs " + fullJdk25);
    assertEquals(fullJdk17, fullJdk25);
    assertTrue(full.stream().allMatch(r -> r.isolated() || r.timing().contains("5")));
  }

  @Test
  void absentBenchmarksAreNotPlannedAndPresentOnesAre() {
    List<RunSpec> without = RunPlan.build(false, List.of(SEVENTEEN), Map.of(17, 512), GEMM_ONLY,
        2);
    assertFalse(without.stream().anyMatch(r -> r.label().startsWith("elementwise")));
    assertFalse(without.stream().anyMatch(r -> r.label().startsWith("training")));
    Map<String, Map<String, List<String>>> more = new java.util.LinkedHashMap<>(GEMM_ONLY);
    more.put("dev.lanes.bench.elementwise.ActivationBenchmark.reluLanes",
        Map.of("n", List.of("1024", "65536", "16777216")));
    more.put("dev.lanes.bench.elementwise.ActivationBenchmark.reluPlainLoop",
        Map.of("n", List.of("1024", "65536", "16777216")));
    more.put("dev.lanes.bench.nn.TrainingBenchmark.step",
        Map.of("shape", List.of("a:64", "b:256", "c:32"), "threads", List.of("1", "2")));
    List<RunSpec> quick = RunPlan.build(false, List.of(SEVENTEEN), Map.of(17, 512), more, 2);
    // Quick: elementwise at the default width and scalar, training at the default width, one
    // value of each parameter (the middle one of three or more).
    assertEquals(Set.of("auto", "scalar"), widthsOf(quick, "elementwise"));
    assertEquals(Set.of("auto"), widthsOf(quick, "training"));
    RunSpec elementwise = quick.stream().filter(r -> r.label().startsWith("elementwise"))
        .findFirst().orElseThrow();
    assertEquals(Map.of("n", List.of("65536")), elementwise.params());
    // A forced width runs only the Lanes methods; the twins and plain loops run once, at auto.
    RunSpec scalarElementwise = quick.stream()
        .filter(r -> r.label().startsWith("elementwise") && r.width().equals("scalar"))
        .findFirst().orElseThrow();
    java.util.regex.Pattern forced = java.util.regex.Pattern.compile(scalarElementwise.include());
    assertTrue(forced.matcher("dev.lanes.bench.elementwise.BackwardBenchmark.tanhLanesInPlace")
        .find());
    assertFalse(forced.matcher("dev.lanes.bench.elementwise.BackwardBenchmark.tanhPlainLoop")
        .find());
    assertTrue(java.util.regex.Pattern.compile(elementwise.include())
        .matcher("dev.lanes.bench.elementwise.BackwardBenchmark.tanhPlainLoop").find());
    RunSpec training = quick.stream().filter(r -> r.label().startsWith("training")).findFirst()
        .orElseThrow();
    assertEquals(Map.of("shape", List.of("b:256"), "threads", List.of("1")), training.params());
    // Full: every width, the benchmarks' own parameters.
    List<RunSpec> full = RunPlan.build(true, List.of(SEVENTEEN), Map.of(17, 512), more, 2);
    assertEquals(Set.of("auto", "256", "128", "scalar"), widthsOf(full, "elementwise"));
    assertEquals(Set.of("auto", "256", "128", "scalar"), widthsOf(full, "training"));
    assertTrue(full.stream().filter(r -> r.label().startsWith("training"))
        .allMatch(r -> r.params().isEmpty()));
    // One core: no two-thread run.
    assertFalse(RunPlan.build(false, List.of(SEVENTEEN), Map.of(17, 512), GEMM_ONLY, 1).stream()
        .anyMatch(r -> r.label().startsWith("gemm-2t")));
  }
}
