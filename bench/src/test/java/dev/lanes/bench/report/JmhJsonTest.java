package dev.lanes.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JmhJsonTest {
  /** The shape of JMH 1.37's -rf json output, trimmed to the fields the report reads. */
  static final String JSON = "[\n"
      + "  {\"jmhVersion\": \"1.37\", \"benchmark\": \"dev.lanes.bench.GemmBenchmark.lanes\",\n"
      + "   \"mode\": \"avgt\", \"threads\": 1, \"forks\": 1,\n"
      + "   \"params\": {\"precision\": \"float\", \"size\": \"1024\", \"threads\": \"1\"},\n"
      + "   \"primaryMetric\": {\"score\": 21474.8, \"scoreError\": 312.5,\n"
      + "     \"scoreConfidence\": [21162.3, 21787.3], \"scoreUnit\": \"us/op\",\n"
      + "     \"rawData\": [[21400.0, 21549.6]]},\n"
      + "   \"secondaryMetrics\": {\"gc.alloc.rate.norm\": {\"score\": 12.5,\n"
      + "     \"scoreError\": \"NaN\", \"scoreUnit\": \"B/op\", \"rawData\": [[12.5]]}}},\n"
      + "  {\"jmhVersion\": \"1.37\", \"benchmark\": \"dev.lanes.bench.FmaPeakBenchmark.float512\",\n"
      + "   \"mode\": \"thrpt\", \"threads\": 1, \"forks\": 1,\n"
      + "   \"primaryMetric\": {\"score\": 110.2, \"scoreError\": \"NaN\",\n"
      + "     \"scoreUnit\": \"ops/ns\", \"rawData\": [[110.2]]},\n"
      + "   \"secondaryMetrics\": {\"samples\": {\"score\": 2.5, \"scoreError\": \"NaN\",\n"
      + "     \"scoreUnit\": \"ops/ms\", \"rawData\": [[2.5]]}}}\n"
      + "]";

  @Test
  void readsScoresParametersIterationsAndAllocation() {
    List<Measurement> results = JmhJson.parse(JSON, "gemm-jdk17-auto", 17, "auto", "");
    assertEquals(2, results.size());
    Measurement gemm = results.get(0);
    assertEquals("GemmBenchmark.lanes", gemm.shortName());
    assertEquals("lanes", gemm.method());
    assertEquals(Map.of("precision", "float", "size", "1024", "threads", "1"), gemm.params());
    assertEquals("avgt", gemm.mode());
    assertEquals(21474.8, gemm.score());
    assertEquals(312.5, gemm.scoreError());
    assertEquals("us/op", gemm.unit());
    assertEquals(List.of(21400.0, 21549.6), gemm.iterations());
    assertEquals(12.5, gemm.allocatedBytesPerOp());
    assertEquals(17, gemm.jdk());
    assertEquals("auto", gemm.width());

    Measurement peak = results.get(1);
    assertEquals(Map.of(), peak.params());
    assertTrue(Double.isNaN(peak.scoreError()));
    assertTrue(Double.isNaN(peak.allocatedBytesPerOp()));
    assertEquals(Map.of("samples", 2500.0), peak.counters());
    assertEquals(Map.of(), gemm.counters());
  }

  @Test
  void anEmptyFileMeansNoResultsAndGarbageIsAnError() {
    assertEquals(List.of(), JmhJson.parse("", "r", 17, "auto", ""));
    ReportException e = assertThrows(ReportException.class,
        () -> JmhJson.parse("{\"not\": \"jmh\"}", "r", 17, "auto", ""));
    assertTrue(e.getMessage().contains("run r"), e.getMessage());
  }
}
