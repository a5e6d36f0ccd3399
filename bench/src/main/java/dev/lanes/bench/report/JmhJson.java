package dev.lanes.bench.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the JSON that JMH writes with {@code -rf json}. */
public final class JmhJson {
  private static final String ALLOCATION = "gc.alloc.rate.norm";

  private JmhJson() {}

  /**
   * The results in {@code json}, tagged with the run they came from.
   *
   * @throws ReportException if the text is not JMH's JSON
   */
  public static List<Measurement> parse(String json, String run, int jdk, String width,
      String variant) {
    List<Measurement> measurements = new ArrayList<>();
    if (json.isBlank()) {
      return measurements; // JMH writes nothing when every benchmark of the run failed
    }
    try {
      JsonArray results = JsonParser.parseString(json).getAsJsonArray();
      for (JsonElement element : results) {
        JsonObject result = element.getAsJsonObject();
        JsonObject primary = result.getAsJsonObject("primaryMetric");
        Map<String, String> params = new LinkedHashMap<>();
        if (result.has("params")) {
          result.getAsJsonObject("params").entrySet()
              .forEach(e -> params.put(e.getKey(), e.getValue().getAsString()));
        }
        List<Double> iterations = new ArrayList<>();
        if (primary.has("rawData")) {
          for (JsonElement fork : primary.getAsJsonArray("rawData")) {
            fork.getAsJsonArray().forEach(value -> iterations.add(number(value)));
          }
        }
        double allocation = Double.NaN;
        Map<String, Double> counters = new LinkedHashMap<>();
        JsonObject secondary = result.getAsJsonObject("secondaryMetrics");
        if (secondary != null) {
          for (Map.Entry<String, JsonElement> metric : secondary.entrySet()) {
            JsonObject value = metric.getValue().getAsJsonObject();
            String unit = value.get("scoreUnit").getAsString();
            if (metric.getKey().equals(ALLOCATION)) {
              allocation = number(value.get("score"));
            } else if (unit.startsWith("ops/")) {
              counters.put(metric.getKey(),
                  Metrics.operationsPerSecond(number(value.get("score")), unit));
            }
          }
        }
        measurements.add(new Measurement(run, jdk, width, variant,
            result.get("benchmark").getAsString(), params, result.get("mode").getAsString(),
            number(primary.get("score")), number(primary.get("scoreError")),
            primary.get("scoreUnit").getAsString(), iterations, allocation, counters));
      }
    } catch (JsonParseException | IllegalStateException | IllegalArgumentException
        | NullPointerException e) {
      throw new ReportException("run " + run + ": JMH's JSON could not be read: " + e);
    }
    return measurements;
  }

  /** JMH writes NaN as the string "NaN". */
  private static double number(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return Double.NaN;
    }
    String text = value.getAsString();
    return text.equals("NaN") ? Double.NaN : Double.parseDouble(text);
  }
}
