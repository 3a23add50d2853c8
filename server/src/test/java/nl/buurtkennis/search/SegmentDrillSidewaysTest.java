package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drill sideways on each segment's bit sets answers exactly as Lucene's drill sideways: hits,
 * scores, totals, counts, for every order of the hits.
 */
class SegmentDrillSidewaysTest {
  private static final List<String> QUERIES = List.of("buurtpreventie",
      "vertrouwen in de politie", "neighbourhood mediation", "whatsapp groep", "veiligheid",
      "-buurtpreventie");
  private static final List<Map<String, List<String>>> SELECTIONS = List.of(Map.of(),
      Map.of("form", List.of("citizen-surveillance")),
      Map.of("issue", List.of("privacy")),
      Map.of("form", List.of("citizen-surveillance", "mediation")),
      Map.of("form", List.of("citizen-surveillance"), "language", List.of("nl")),
      Map.of("benefit", List.of("trust-police"), "type", List.of("practice"),
          "evidence", List.of("descriptive", "reported")),
      // No document of the corpus holds this value.
      Map.of("evidence", List.of("randomised"), "language", List.of("nl")));

  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void answersAsLucenesDrillSideways() {
    assertTrue(compareAll(shipped.index()) > 100, "the selections leave hits to compare");
  }

  @Test
  void leavesDeletedDocumentsOut(@TempDir Path other) throws Exception {
    try (SearchIndex withDeletions = FixtureIndex.shippedWithDeletions(other, List.of(
        "buurtpreventie", "whatsapp-buurtpreventie", "burgerwacht",
        "neighbourhood-watch", "veiligheidspanels"))) {
      boolean deletions = withDeletions.withView(view -> view.getIndexReader().hasDeletions());
      assertTrue(deletions, "the index has deleted documents");
      assertTrue(compareAll(withDeletions) > 100, "the selections leave hits to compare");
    }
  }

  /** Compares every query, selection and order; returns the number of hits compared. */
  private static int compareAll(SearchIndex index) {
    FacetsConfig config = IndexSchema.facetsConfig();
    UserQueryParser parser =
        new UserQueryParser(IndexSchema.queryAnalyzer(), SearchSettings.DEFAULT);
    SortField byId = new SortField(IndexSchema.ID_SORT, SortField.Type.STRING);
    List<Sort> sorts = List.of(new Sort(SortField.FIELD_SCORE, byId),
        new Sort(new SortField(IndexSchema.YEAR_SORT, SortField.Type.LONG, true),
            SortField.FIELD_SCORE, byId));
    return index.withView(view -> {
      int hits = 0;
      for (String text : QUERIES) {
        for (Map<String, List<String>> selection : SELECTIONS) {
          for (Sort sort : sorts) {
            DrillDownQuery query = new DrillDownQuery(config, parser.parse(text, view));
            List<String> dims = new ArrayList<>();
            selection.forEach((dim, values) -> {
              dims.add(dim);
              values.forEach(value -> query.add(dim,
                  view.taxonomy().require(dim).path(value).toArray(String[]::new)));
            });
            String what = "'" + text + "' with " + selection + " by " + sort;
            DrillSideways.DrillSidewaysResult expected =
                new DrillSideways(view, config, view.facetState())
                    .search(query, null, null, 10, sort, false);
            DrillSideways.DrillSidewaysResult actual =
                SegmentDrillSideways.search(view, query, dims, 10, sort);
            assertEquals(expected.hits.totalHits, actual.hits.totalHits, what);
            assertEquals(ranking(expected.hits.scoreDocs), ranking(actual.hits.scoreDocs), what);
            assertEquals(SearchAnswers.counts(view, expected.facets),
                SearchAnswers.counts(view, actual.facets), what);
            hits += actual.hits.scoreDocs.length;
          }
        }
      }
      return hits;
    });
  }

  /** Each hit's document and the values it was ordered by. */
  private static List<String> ranking(ScoreDoc[] hits) {
    List<String> ranking = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      ranking.add(hit.doc + ":" + Arrays.toString(((FieldDoc) hit).fields));
    }
    return ranking;
  }
}
