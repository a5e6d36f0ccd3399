package dev.lanes.bench.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of a GEMM table or chart: a benchmark method at one width, OpenBLAS variant and
 * thread count.
 *
 * @param label what the report calls it
 * @param shortName {@code Class.method}
 * @param width the Lanes width of the run that measured it
 * @param variant the OpenBLAS variant, empty for the best kernel
 * @param threads the thread count, null for single-threaded peers without that parameter
 * @param hasPrecision whether the benchmark has the {@code precision} parameter
 */
public record Series(String label, String shortName, String width, String variant,
    String threads, boolean hasPrecision) {

  static Series lanes(String width, int threads) {
    String name = width.equals("auto") ? "Lanes" : "Lanes " + width;
    return new Series(name + (threads == 1 ? "" : ", " + threads + " threads"),
        "GemmBenchmark.lanes", width, "", String.valueOf(threads), true);
  }

  static Series openBlas(String variant, int threads) {
    return new Series("OpenBLAS" + (variant.isEmpty() ? "" : " " + variant)
        + (threads == 1 ? "" : ", " + threads + " threads"), "GemmBenchmark.openblas", "auto",
        variant, String.valueOf(threads), true);
  }

  /** The single-threaded pure-Java peers, for {@code precision}. */
  static List<Series> javaPeers(String precision) {
    List<Series> peers = new ArrayList<>();
    peers.add(new Series("plain Java loop", "GemmPeersBenchmark.javaLoop", "auto", "", null,
        true));
    peers.add(new Series("EJML", "GemmPeersBenchmark.ejml", "auto", "", null, true));
    peers.add(new Series("netlib JavaBLAS", "GemmPeersBenchmark.netlibJava", "auto", "", null,
        true));
    if (precision.equals("double")) {
      peers.add(new Series("commons-math3", "CommonsMathGemmBenchmark.commonsMath", "auto", "",
          null, false));
    }
    return peers;
  }

  /** The parameters a measurement of this series at {@code size} must have. */
  Map<String, String> params(String precision, String size) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("size", size);
    if (hasPrecision) {
      params.put("precision", precision);
    }
    if (threads != null) {
      params.put("threads", threads);
    }
    return params;
  }
}
