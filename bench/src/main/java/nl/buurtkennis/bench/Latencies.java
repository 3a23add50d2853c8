package nl.buurtkennis.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Latencies in milliseconds per query kind, and their percentiles. */
final class Latencies {
  private final Map<String, List<Double>> byKind = new LinkedHashMap<>();

  void add(String kind, double millis) {
    byKind.computeIfAbsent(kind, k -> new ArrayList<>()).add(millis);
    byKind.computeIfAbsent("all", k -> new ArrayList<>()).add(millis);
  }

  Map<String, List<Double>> byKind() {
    return byKind;
  }

  /** The arithmetic mean of {@code values}. */
  static double mean(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  /** The nearest-rank percentile {@code p} of {@code values}. */
  static double percentile(List<Double> values, double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }
}
