package dev.lanes.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {
  private static Measurement measurement(String benchmark, Map<String, String> params,
      double score, String unit) {
    return new Measurement("run", 17, "auto", "", benchmark, params, "avgt", score, Double.NaN,
        unit, List.of(score), Double.NaN);
  }

  @Test
  void convertsEveryJmhUnitToOperationsPerSecond() {
    assertEquals(2e6, Metrics.operationsPerSecond(2, "ops/us"), 1e-6);
    assertEquals(2e9, Metrics.operationsPerSecond(2, "ops/ns"), 1e-3);
    assertEquals(5, Metrics.operationsPerSecond(5, "ops/s"));
    assertEquals(2000, Metrics.operationsPerSecond(2, "ops/ms"), 1e-9);
    assertEquals(1e6 / 4, Metrics.operationsPerSecond(4, "us/op"), 1e-6);
    assertEquals(1e3 / 8, Metrics.operationsPerSecond(8, "ms/op"), 1e-9);
    assertEquals(0.5, Metrics.operationsPerSecond(2, "s/op"));
    assertEquals(1e9, Metrics.operationsPerSecond(1, "ns/op"), 1e-3);
    assertThrows(IllegalArgumentException.class, () -> Metrics.operationsPerSecond(1, "B/op"));
    assertThrows(IllegalArgumentException.class, () -> Metrics.operationsPerSecond(1, "ops"));
  }

  @Test
  void gemmFiguresAreTwoMnkOverTime() {
    // 2 * 1024^3 FLOPs in 20 ms = 107.37 GFLOP/s.
    Measurement square = measurement("dev.lanes.bench.GemmBenchmark.lanes",
        Map.of("size", "1024"), 20_000, "us/op");
    assertEquals(2.0 * 1024 * 1024 * 1024 / 0.02 / 1e9, Metrics.value(square), 1e-9);
    assertEquals(Metrics.Kind.GEMM, Metrics.kind(square.benchmark()));
    // The forward product is 256 x 1024 x 1024: a quarter of the square one.
    Measurement forward = measurement("dev.lanes.bench.GemmPeersBenchmark.ejml",
        Map.of("size", "dense-forward"), 20_000, "us/op");
    assertEquals(Metrics.value(square) / 4, Metrics.value(forward), 1e-9);
  }

  @Test
  void otherKindsUseTheirOwnUnits() {
    Measurement peak = measurement("dev.lanes.bench.FmaPeakBenchmark.float512", Map.of(), 110,
        "ops/ns");
    assertEquals(110, Metrics.value(peak), 1e-9);
    Measurement copy = measurement("dev.lanes.bench.CopyBenchmark.copy", Map.of("size", "4096"),
        512, "ns/op");
    assertEquals(8, Metrics.value(copy), 1e-9);
    assertEquals(Metrics.Kind.ELEMENTWISE, Metrics.kind(copy.benchmark()));
    Measurement relu = measurement("dev.lanes.bench.elementwise.ActivationBenchmark.relu",
        Map.of("length", "1000"), 100, "ns/op");
    assertEquals(10, Metrics.value(relu), 1e-9);
    Measurement noSize = measurement("dev.lanes.bench.elementwise.X.y", Map.of(), 1, "ns/op");
    assertTrue(Double.isNaN(Metrics.value(noSize)));
    Measurement step = measurement("dev.lanes.bench.nn.TrainingBenchmark.step",
        Map.of("batch", "64"), 2, "ms/op");
    assertEquals(Metrics.Kind.TRAINING, Metrics.kind(step.benchmark()));
    assertEquals(64 * 500, Metrics.value(step), 1e-9);
    // A "samples" counter, when the benchmark has one, is the figure.
    Measurement counted = new Measurement("run", 17, "auto", "",
        "dev.lanes.bench.nn.TrainingStepBenchmark.trainStep", Map.of("shape", "784-10:256"),
        "thrpt", 40, Double.NaN, "ops/s", List.of(40.0, 20.0), Double.NaN,
        Map.of("samples", 10240.0));
    assertEquals(10240, Metrics.value(counted), 1e-9);
    assertEquals(5120, Metrics.rate(counted, 20), 1e-9);
  }
}
