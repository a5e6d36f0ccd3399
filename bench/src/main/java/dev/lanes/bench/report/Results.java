package dev.lanes.bench.report;

import java.util.Locale;
import java.util.Map;

/** Looks measurements up for tables and charts; flagged ones count as absent. */
final class Results {
  private final ReportData data;

  Results(ReportData data) {
    this.data = data;
  }

  /** The sweep's measurement of {@code shortName} with these parameters, or null. */
  Measurement find(int jdk, String width, String variant, String shortName,
      Map<String, String> params) {
    for (Measurement m : data.measurements()) {
      if (m.jdk() == jdk && m.width().equals(width) && m.variant().equals(variant)
          && m.shortName().equals(shortName)
          && params.entrySet().stream().allMatch(e -> e.getValue().equals(m.param(e.getKey())))) {
        return m;
      }
    }
    return null;
  }

  Measurement gemm(Series series, int jdk, String precision, String size) {
    return find(jdk, series.width(), series.variant(), series.shortName(),
        series.params(precision, size));
  }

  /** The figure of {@code m} in report units; NaN if absent or flagged. */
  double value(Measurement m) {
    return m == null || data.flags().containsKey(m) ? Double.NaN : Metrics.value(m);
  }

  /** A table cell: the figure, "flagged" or a dash. */
  String cell(Measurement m) {
    if (m == null) {
      return "–";
    }
    if (data.flags().containsKey(m)) {
      return "flagged";
    }
    return number(Metrics.value(m));
  }

  static String number(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    double magnitude = Math.abs(value);
    String format = magnitude >= 100 ? "%.0f" : magnitude >= 10 ? "%.1f" : magnitude >= 1 ? "%.2f"
        : "%.3f";
    return String.format(Locale.ROOT, format, value);
  }

  /** a / b as "0.97x", or a dash. */
  static String ratio(double a, double b) {
    return Double.isNaN(a) || Double.isNaN(b) || b == 0 ? "–"
        : String.format(Locale.ROOT, "%.2fx", a / b);
  }
}
