package dev.lanes.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContaminationTest {
  /** sgemm n = 1000: 2 GFLOP per op, so 20 ms/op is 100 GFLOP/s. */
  private static Measurement gemm(String width, double msPerOp, Double... iterations) {
    return new Measurement("run", 17, width, "", "dev.lanes.bench.GemmBenchmark.lanes",
        Map.of("size", "1000", "precision", "float", "threads", "1"), "avgt", msPerOp, Double.NaN,
        "ms/op", iterations.length == 0 ? List.of(msPerOp) : List.of(iterations), Double.NaN);
  }

  @Test
  void aFigureFarBelowItsIsolatedRunIsFlagged() {
    Measurement isolated = gemm("auto", 20);
    Measurement boxed = gemm("auto", 61); // 32.8 GFLOP/s < 100 / 3
    Measurement slower = gemm("auto", 59); // 33.9 GFLOP/s: slow, but not flagged
    Map<Measurement, String> flags = Contamination.flag(List.of(boxed, slower),
        List.of(isolated));
    assertEquals(1, flags.size());
    assertTrue(flags.get(boxed).contains("below 1/3 of the isolated run"), flags.get(boxed));
  }

  @Test
  void onlyTheSameKernelIsAReference() {
    // Another width's isolated figure says nothing about this one.
    Measurement scalar = gemm("scalar", 400);
    assertTrue(Contamination.flag(List.of(scalar), List.of(gemm("auto", 20))).isEmpty());
    assertNull(Contamination.reason(scalar, Double.NaN));
  }

  @Test
  void aLanesGemmThatAllocatesRanBoxedVectors() {
    Measurement boxed = new Measurement("run", 17, "auto", "",
        "dev.lanes.bench.GemmBenchmark.lanes", Map.of("size", "64"), "avgt", 1, Double.NaN,
        "ms/op", List.of(1.0), 2_875_832);
    String reason = Contamination.reason(boxed, Double.NaN);
    assertTrue(reason != null && reason.contains("boxed"), reason);
    Measurement compiled = new Measurement("run", 17, "auto", "",
        "dev.lanes.bench.GemmBenchmark.lanes", Map.of("size", "2048"), "avgt", 1, Double.NaN,
        "ms/op", List.of(1.0), 5848);
    assertNull(Contamination.reason(compiled, Double.NaN));
  }

  @Test
  void aFigureFarBelowItsOwnBestIterationIsFlagged() {
    // Iterations at 20 ms and then 200 ms (fell off the compiled path): the mean 110 ms is
    // 18 GFLOP/s against a best of 100.
    Measurement fell = gemm("auto", 110, 20.0, 200.0);
    String reason = Contamination.reason(fell, Double.NaN);
    assertTrue(reason != null && reason.contains("own best iteration"), reason);
    assertNull(Contamination.reason(gemm("auto", 22, 20.0, 24.0), Double.NaN));
  }
}
