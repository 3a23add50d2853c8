package nl.buurtkennis.eval;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranking metrics over graded judgments: nDCG with linear gain and a log2(rank + 1) discount, the
 * ideal ranking made from all judged documents; recall of the documents graded above 0; and the
 * reciprocal rank of the first of them.
 */
public final class Metrics {
  private Metrics() {}

  public static double ndcg(List<String> ranking, Map<String, Integer> grades, int k) {
    double ideal = dcg(grades.values().stream().filter(g -> g > 0)
        .sorted(Comparator.reverseOrder()).toList(), k);
    if (ideal == 0) {
      return 0;
    }
    return dcg(ranking.stream().map(id -> grades.getOrDefault(id, 0)).toList(), k) / ideal;
  }

  public static double recall(List<String> ranking, Map<String, Integer> grades, int k) {
    long relevant = grades.values().stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return 0;
    }
    long found = ranking.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) > 0).count();
    return (double) found / relevant;
  }

  public static double reciprocalRank(List<String> ranking, Map<String, Integer> grades) {
    for (int i = 0; i < ranking.size(); i++) {
      if (grades.getOrDefault(ranking.get(i), 0) > 0) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static double dcg(List<Integer> gains, int k) {
    double sum = 0;
    for (int i = 0; i < Math.min(k, gains.size()); i++) {
      sum += gains.get(i) / (Math.log(i + 2) / Math.log(2));
    }
    return sum;
  }
}
