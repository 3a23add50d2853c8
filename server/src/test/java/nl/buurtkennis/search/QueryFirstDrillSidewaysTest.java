package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query-first walk answers exactly as Lucene's own choice of walk: hits, scores, counts. */
class QueryFirstDrillSidewaysTest {
  private static final List<String> QUERIES = List.of("buurtpreventie",
      "vertrouwen in de politie", "neighbourhood mediation", "whatsapp groep", "veiligheid", "");
  private static final List<Map<String, List<String>>> SELECTIONS = List.of(Map.of(),
      Map.of("form", List.of("citizen-surveillance")),
      Map.of("issue", List.of("privacy")),
      Map.of("form", List.of("citizen-surveillance", "mediation")),
      Map.of("form", List.of("citizen-surveillance"), "language", List.of("nl")),
      Map.of("benefit", List.of("trust-police"), "type", List.of("practice"),
          "evidence", List.of("descriptive", "reported")));

  @TempDir
  static Path temp;
  private static SearchIndex index;

  @BeforeAll
  static void build() throws Exception {
    index = FixtureIndex.shipped(temp);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void answersAsLucenesOwnWalk() {
    FacetsConfig config = IndexSchema.facetsConfig();
    UserQueryParser parser =
        new UserQueryParser(IndexSchema.queryAnalyzer(), SearchSettings.DEFAULT);
    int compared = index.withView(view -> {
      int hits = 0;
      for (String text : QUERIES) {
        for (Map<String, List<String>> selection : SELECTIONS) {
          DrillDownQuery query = new DrillDownQuery(config, parser.parse(text, view));
          selection.forEach((dim, values) -> values.forEach(value -> query.add(dim,
              view.taxonomy().require(dim).path(value).toArray(String[]::new))));
          String what = "'" + text + "' with " + selection;
          DrillSideways.DrillSidewaysResult expected =
              new DrillSideways(view, config, view.facetState())
                  .search(query, null, null, 100, null, false);
          DrillSideways.DrillSidewaysResult actual =
              new QueryFirstDrillSideways(view, config)
                  .search(query, null, null, 100, null, false);
          assertEquals(expected.hits.totalHits, actual.hits.totalHits, what);
          assertEquals(SearchAnswers.ranking(expected.hits.scoreDocs),
              SearchAnswers.ranking(actual.hits.scoreDocs), what);
          assertEquals(SearchAnswers.counts(view, expected.facets),
              SearchAnswers.counts(view, actual.facets), what);
          hits += actual.hits.scoreDocs.length;
        }
      }
      return hits;
    });
    assertTrue(compared > 50, "the selections leave hits to compare: " + compared);
  }
}
