package nl.buurtkennis.eval;

import java.util.List;

/** Mean nDCG@10, recall@10 and MRR over a group of queries. */
public record Scores(int queries, double ndcg10, double recall10, double mrr) {

  static Scores mean(List<Scores> perQuery) {
    int n = perQuery.size();
    if (n == 0) {
      return new Scores(0, 0, 0, 0);
    }
    return new Scores(n,
        perQuery.stream().mapToDouble(Scores::ndcg10).sum() / n,
        perQuery.stream().mapToDouble(Scores::recall10).sum() / n,
        perQuery.stream().mapToDouble(Scores::mrr).sum() / n);
  }
}
