package nl.buurtkennis.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The share of a corpus that each kind of text query without filters matches, on average: the
 * check that the synthetic corpus is as selective as the real one, whose documents each keep to
 * their topic (a query that matches most synthetic documents but few real ones would make every
 * engine look slower than it would be on real documents).
 */
final class MatchShares {
  private MatchShares() {}

  static Map<String, Double> byKind(List<BenchQuery> queries, long[] totals, long documents) {
    Map<String, List<Double>> shares = new LinkedHashMap<>();
    for (int i = 0; i < queries.size(); i++) {
      BenchQuery query = queries.get(i);
      if (!query.text().isBlank() && query.filters().isEmpty()) {
        shares.computeIfAbsent(query.kind(), k -> new ArrayList<>())
            .add((double) totals[i] / documents);
      }
    }
    Map<String, Double> mean = new LinkedHashMap<>();
    shares.forEach((kind, values) -> mean.put(kind,
        values.stream().mapToDouble(Double::doubleValue).average().orElse(0)));
    return mean;
  }

  /** {@code word 0.57 / 0.52, ...}: each kind's share in every corpus given, in that order. */
  static String describe(List<Map<String, Double>> corpora) {
    List<String> parts = new ArrayList<>();
    for (String kind : corpora.get(0).keySet()) {
      List<String> values = new ArrayList<>();
      corpora.forEach(shares -> values.add(String.format("%.2f", shares.getOrDefault(kind, 0.0))));
      parts.add(kind + " " + String.join(" / ", values));
    }
    return String.join(", ", parts);
  }
}
