package nl.buurtkennis.eval;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The judgments themselves as a ranking (highest grade first, ties by id): the best any system
 * can score. Its recall@10 is below 1 where a query has more than ten relevant documents.
 */
final class IdealRanker implements Ranker {
  private final JudgedSet judged;
  private final Map<String, String> qidByText = new HashMap<>();

  IdealRanker(JudgedSet judged) {
    this.judged = judged;
    judged.queries().forEach(q -> qidByText.putIfAbsent(q.text(), q.qid()));
  }

  @Override
  public String name() {
    return "ideal";
  }

  @Override
  public List<String> rank(String query, int depth) {
    Map<String, Integer> grades = judged.grades(qidByText.get(query));
    return grades.entrySet().stream()
        .filter(g -> g.getValue() > 0)
        .sorted(Comparator.comparing((Map.Entry<String, Integer> g) -> -g.getValue())
            .thenComparing(Map.Entry::getKey))
        .limit(depth)
        .map(Map.Entry::getKey)
        .toList();
  }
}
