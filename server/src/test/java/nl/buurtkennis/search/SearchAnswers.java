package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.search.ScoreDoc;

/** What two ways of answering a search are compared by, as comparable lists. */
final class SearchAnswers {
  private SearchAnswers() {}

  /** The hits in order, each with its score. */
  static List<String> ranking(ScoreDoc[] hits) {
    List<String> ranking = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      ranking.add(hit.doc + ":" + hit.score);
    }
    return ranking;
  }

  /** Every count the page can show: the top values of each facet and each concept's own. */
  static List<String> counts(IndexView view, Facets facets) throws IOException {
    List<String> counts = new ArrayList<>();
    for (String dim : IndexSchema.ALL_DIMS) {
      FacetResult top = facets.getTopChildren(1000, dim);
      counts.add(dim + "=" + (top == null ? "none" : List.of(top.labelValues)));
    }
    for (String dim : IndexSchema.CONCEPT_DIMS) {
      Facet facet = view.taxonomy().require(dim);
      for (Concept concept : facet.concepts()) {
        counts.add(dim + "/" + concept.id() + "=" + facets.getSpecificValue(dim,
            facet.path(concept.id()).toArray(String[]::new)));
      }
    }
    return counts;
  }
}
