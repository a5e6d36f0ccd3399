package dev.lanes.bench.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The report's PNG charts (XChart). Flagged or missing figures are left out. */
final class Charts {
  private static final int WIDTH = 1000;
  private static final int HEIGHT = 600;
  private static final List<String> SQUARE = RunPlan.SQUARE;

  private final ReportData data;
  private final Results results;
  private final Path directory;

  private Charts(Path directory, ReportData data) {
    this.directory = directory;
    this.data = data;
    this.results = new Results(data);
  }

  static void write(Path directory, ReportData data) {
    System.setProperty("java.awt.headless", "true");
    Charts charts = new Charts(directory, data);
    int jdk = data.primaryJdk();
    charts.gemmBySize(jdk, "float");
    charts.gemmBySize(jdk, "double");
    charts.dense(jdk);
    charts.widths(jdk);
    charts.jdks();
    charts.elementwise();
  }

  /** GFLOP/s against square size, every peer, with the FMA peak as a dashed line. */
  private void gemmBySize(int jdk, String precision) {
    String op = precision.equals("float") ? "sgemm" : "dgemm";
    XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
        .title(op + ", JDK " + jdk + ": GFLOP/s against n (square)").xAxisTitle("n")
        .yAxisTitle("GFLOP/s").build();
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    List<Series> all = new ArrayList<>(List.of(Series.lanes("auto", 1), Series.lanes("auto", 2),
        Series.openBlas("", 1), Series.openBlas("", 2)));
    all.addAll(Series.javaPeers(precision));
    for (Series series : all) {
      List<Double> x = new ArrayList<>();
      List<Double> y = new ArrayList<>();
      for (String size : SQUARE) {
        double value = results.value(results.gemm(series, jdk, precision, size));
        if (!Double.isNaN(value)) {
          x.add(Double.valueOf(size));
          y.add(value);
        }
      }
      if (!x.isEmpty()) {
        chart.addSeries(series.label(), x, y);
      }
    }
    int bits = data.autoBits().getOrDefault(jdk, 0);
    double peak = results.value(results.find(jdk, "auto", "", "FmaPeakBenchmark." + precision
        + bits, Map.of()));
    if (!Double.isNaN(peak) && !chart.getSeriesMap().isEmpty()) {
      XYSeries line = chart.addSeries("FMA peak, 1 core", List.of(64.0, 2048.0),
          List.of(peak, peak));
      line.setMarker(SeriesMarkers.NONE);
      line.setLineStyle(SeriesLines.DASH_DASH);
    }
    save(chart, "gemm-" + op);
  }

  /** The three dense-layer products, 1 thread, every peer. */
  private void dense(int jdk) {
    CategoryChart chart = categories("Dense layer 1024 → 1024, batch 256, JDK " + jdk
        + ", 1 thread", "GFLOP/s");
    List<String> categories = new ArrayList<>();
    for (String precision : RunPlan.PRECISIONS) {
      for (String size : RunPlan.DENSE) {
        categories.add((precision.equals("float") ? "s " : "d ") + size.substring(6));
      }
    }
    List<Series> all = new ArrayList<>(List.of(Series.lanes("auto", 1), Series.openBlas("", 1)));
    all.addAll(Series.javaPeers("double"));
    for (Series series : all) {
      List<Double> y = new ArrayList<>();
      for (String precision : RunPlan.PRECISIONS) {
        for (String size : RunPlan.DENSE) {
          y.add(results.value(results.gemm(series, jdk, precision, size)));
        }
      }
      addBars(chart, series.label(), categories, y);
    }
    save(chart, "gemm-dense");
  }

  /** Lanes at each width against size, sgemm and dgemm. */
  private void widths(int jdk) {
    CategoryChart chart = categories("Lanes by vector width, JDK " + jdk + ", 1 thread",
        "GFLOP/s");
    List<String> categories = new ArrayList<>();
    for (String precision : RunPlan.PRECISIONS) {
      for (String size : SQUARE) {
        categories.add((precision.equals("float") ? "s " : "d ") + size);
      }
    }
    List<String> widths = new ArrayList<>(List.of("auto"));
    widths.addAll(RunPlan.otherWidths(data.autoBits().getOrDefault(jdk, 0)));
    for (String width : widths) {
      List<Double> y = new ArrayList<>();
      for (String precision : RunPlan.PRECISIONS) {
        for (String size : SQUARE) {
          y.add(results.value(results.gemm(Series.lanes(width, 1), jdk, precision, size)));
        }
      }
      addBars(chart, width.equals("auto") ? "auto (" + data.autoBits().get(jdk) + ")" : width,
          categories, y);
    }
    save(chart, "lanes-widths");
  }

  /** Lanes on each JDK at its default width. */
  private void jdks() {
    if (data.jdks().size() < 2) {
      return;
    }
    CategoryChart chart = categories("Lanes on each JDK, default width, 1 thread", "GFLOP/s");
    List<String> categories = new ArrayList<>();
    for (String precision : RunPlan.PRECISIONS) {
      for (String size : MarkdownReport.GEMM_SIZES) {
        categories.add((precision.equals("float") ? "s " : "d ") + size);
      }
    }
    for (Jdk jdk : data.jdks()) {
      List<Double> y = new ArrayList<>();
      for (String precision : RunPlan.PRECISIONS) {
        for (String size : MarkdownReport.GEMM_SIZES) {
          y.add(results.value(results.gemm(Series.lanes("auto", 1), jdk.major(), precision,
              size)));
        }
      }
      addBars(chart, "JDK " + jdk.major(), categories, y);
    }
    save(chart, "jdks");
  }

  /** Elementwise kernels and copies of the primary JDK, one bar group per benchmark. */
  private void elementwise() {
    int jdk = data.primaryJdk();
    List<Measurement> all = new ArrayList<>();
    for (Measurement m : data.measurements()) {
      if (m.jdk() == jdk && Metrics.kind(m.benchmark()) == Metrics.Kind.ELEMENTWISE) {
        all.add(m);
      }
    }
    if (all.isEmpty()) {
      return;
    }
    List<String> categories = new ArrayList<>();
    List<String> widths = new ArrayList<>();
    for (Measurement m : all) {
      String category = m.shortName() + " " + m.params().values();
      if (!categories.contains(category)) {
        categories.add(category);
      }
      if (!widths.contains(m.width())) {
        widths.add(m.width());
      }
    }
    CategoryChart chart = categories("Elementwise kernels, JDK " + jdk, "elements/ns");
    chart.getStyler().setXAxisLabelRotation(60);
    for (String width : widths) {
      List<Double> y = new ArrayList<>();
      for (String category : categories) {
        double value = Double.NaN;
        for (Measurement m : all) {
          if (m.width().equals(width) && category.equals(m.shortName() + " "
              + m.params().values())) {
            value = results.value(m);
          }
        }
        y.add(value);
      }
      addBars(chart, width, categories, y);
    }
    save(chart, "elementwise");
  }

  private static CategoryChart categories(String title, String yTitle) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title)
        .yAxisTitle(yTitle).build();
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    return chart;
  }

  /** Adds a bar series; missing figures draw as no bar. Series with no figure are left out. */
  private static void addBars(CategoryChart chart, String name, List<String> categories,
      List<Double> values) {
    if (values.stream().allMatch(v -> Double.isNaN(v))) {
      return;
    }
    List<Double> bars = new ArrayList<>();
    values.forEach(v -> bars.add(Double.isNaN(v) ? 0.0 : v));
    chart.addSeries(name, categories, bars);
  }

  private void save(Chart<?, ?> chart, String name) {
    if (chart.getSeriesMap().isEmpty()) {
      return;
    }
    try {
      BitmapEncoder.saveBitmap(chart, directory.resolve(name + ".png").toString(),
          BitmapEncoder.BitmapFormat.PNG);
    } catch (IOException e) {
      throw new ReportException("cannot write chart " + name + ": " + e.getMessage());
    }
  }
}
