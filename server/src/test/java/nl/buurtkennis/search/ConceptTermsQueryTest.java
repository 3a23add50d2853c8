package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Scores exactly as the disjunction of the concepts' term queries it stands for. */
class ConceptTermsQueryTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void scoresAndExplainsEveryDocumentAsTheDisjunction() {
    int compared = shipped.index().withView(view -> {
      int scored = 0;
      for (List<Term> concepts : conceptSets(view)) {
        ConceptTermsQuery query = new ConceptTermsQuery(concepts, 0.1f);
        for (float boost : new float[] {1f, 0.37f, 2.5f}) {
          Query expected = new BoostQuery(query.asDisjunction(), boost);
          Query actual = new BoostQuery(query, boost);
          Map<Integer, Float> want = scores(view, expected);
          Map<Integer, Float> got = scores(view, actual);
          assertEquals(want.keySet(), got.keySet(), concepts + " boost " + boost);
          for (Map.Entry<Integer, Float> score : want.entrySet()) {
            // Beyond two concepts in a document, the sums are rounded as floats.
            assertEquals(score.getValue(), got.get(score.getKey()),
                4 * Math.ulp(score.getValue()), concepts + " boost " + boost);
          }
          for (int doc : want.keySet()) {
            assertEquals(view.explain(expected, doc).getValue().floatValue(),
                view.explain(actual, doc).getValue().floatValue());
          }
          scored += want.size();
        }
      }
      return scored;
    });
    assertTrue(compared > 200, "documents compared: " + compared);
  }

  /** Concepts in pairs, threes and whole facets, so that documents hold one, some or many. */
  private static List<List<Term>> conceptSets(IndexView view) {
    List<List<Term>> sets = new ArrayList<>();
    for (String dim : List.of("form", "issue", "benefit")) {
      Facet facet = view.taxonomy().require(dim);
      String field = IndexSchema.facetsConfig().getDimConfig(dim).indexFieldName;
      List<Term> all = new ArrayList<>();
      for (Concept concept : facet.concepts()) {
        all.add(DrillDownQuery.term(field, dim,
            facet.path(concept.id()).toArray(String[]::new)));
      }
      sets.add(all);
      sets.add(all.subList(0, 2));
      sets.add(all.subList(1, 4));
      sets.add(List.of(all.get(0), DrillDownQuery.term(field, dim, "no such concept")));
    }
    return sets;
  }

  private static Map<Integer, Float> scores(IndexView view, Query query) throws java.io.IOException {
    Map<Integer, Float> scores = new TreeMap<>();
    for (ScoreDoc hit : view.search(query, view.getIndexReader().maxDoc() + 1).scoreDocs) {
      scores.put(hit.doc, hit.score);
    }
    return scores;
  }
}
