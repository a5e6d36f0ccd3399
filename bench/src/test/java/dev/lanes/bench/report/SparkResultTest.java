package dev.lanes.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SparkResultTest {
  static final String LINE = "RESULT master=local[1] spark=4.2.0 jdk=17.0.15+6-Debian-1deb12u1"
      + " rows=4000 layers=512,2048,512,10 block=1024 iterations=10 partitions=2 repeats=2"
      + " netlib=VectorBLAS netlibBest=12.34 lanesBest=6.17 speedup=2.00 vectorKernels=true";

  @Test
  void readsEveryFieldOfTheResultLineAmongTheHumanLines() {
    SparkResult result = SparkResult.parse("    fit: 12.34 s, 10 L-BFGS iterations\n"
        + "  speed-up (best / best): 2.00x\n" + LINE + "\n[INFO] done\n");
    assertEquals("local[1]", result.master());
    assertEquals("4.2.0", result.sparkVersion());
    assertEquals("17.0.15+6-Debian-1deb12u1", result.jdk());
    assertEquals(4000, result.rows());
    assertEquals("512,2048,512,10", result.layers());
    assertEquals(1024, result.blockSize());
    assertEquals(10, result.iterations());
    assertEquals(2, result.partitions());
    assertEquals(2, result.repeats());
    assertEquals("VectorBLAS", result.netlib());
    assertEquals(12.34, result.netlibBest());
    assertEquals(6.17, result.lanesBest());
    assertEquals(2.00, result.speedup());
    assertTrue(result.vectorKernels());
    assertTrue(result.meetsTarget());
  }

  @Test
  void aSpeedUpBelowTwoMissesTheTarget() {
    assertFalse(SparkResult.parse(LINE.replace("speedup=2.00", "speedup=1.99")).meetsTarget());
  }

  @Test
  void colourCodesBeforeTheLineDoNotHideIt() {
    ChildProcess.Result child = new ChildProcess.Result("\u001B[0m\u001B[0m" + LINE + "\n", 0,
        false, 1);
    assertEquals(6.17, SparkResult.parse(child.plainOutput()).lanesBest());
  }

  @Test
  void failsWithoutAResultLine() {
    ReportException e = assertThrows(ReportException.class, () -> SparkResult.parse(
        "  netlib VectorBLAS: [12.34] s (best 12.34)\n  speed-up (best / best): 2.00x\n"));
    assertEquals("the benchmark printed no RESULT line", e.getMessage());
  }

  @Test
  void failsOnAMissingOrBadField() {
    ReportException missing = assertThrows(ReportException.class,
        () -> SparkResult.parse(LINE.replace(" lanesBest=6.17", "")));
    assertTrue(missing.getMessage().startsWith("the RESULT line lacks 'lanesBest'"),
        missing.getMessage());
    ReportException bad = assertThrows(ReportException.class,
        () -> SparkResult.parse(LINE.replace("rows=4000", "rows=many")));
    assertTrue(bad.getMessage().startsWith("the RESULT line's 'rows' is not an integer"),
        bad.getMessage());
  }
}
