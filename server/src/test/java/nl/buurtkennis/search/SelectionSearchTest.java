package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.taxonomy.Facet;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A search without words answers exactly as drill sideways: hits, order, totals, all counts. */
class SelectionSearchTest {
  /** Selections per facet; "year" is a range from the first to the second value. */
  private static final List<Map<String, List<String>>> SELECTIONS = List.of(
      Map.of(),
      Map.of("form", List.of("citizen-surveillance")),
      Map.of("form", List.of("citizen-surveillance", "mediation")),
      Map.of("language", List.of("en")),
      Map.of("language", List.of("nl")),
      Map.of("type", List.of("practice")),
      Map.of("language", List.of("nl", "en"), "type", List.of("practice")),
      Map.of("year", List.of("2000", "2030"), "language", List.of("nl")),
      Map.of("place", List.of("Rotterdam")),
      Map.of("year", List.of("2020", "2030")),
      Map.of("form", List.of("citizen-surveillance"), "language", List.of("nl")),
      Map.of("issue", List.of("privacy"), "year", List.of("2000", "2015")),
      Map.of("benefit", List.of("trust-police"), "type", List.of("practice"),
          "evidence", List.of("descriptive", "reported")),
      Map.of("form", List.of("mediation"), "issue", List.of("privacy")));
  private static final List<Sort> SORTS = List.of(
      new Sort(SortField.FIELD_SCORE, new SortField(IndexSchema.ID_SORT, SortField.Type.STRING)),
      new Sort(new SortField(IndexSchema.YEAR_SORT, SortField.Type.LONG, true),
          SortField.FIELD_SCORE, new SortField(IndexSchema.ID_SORT, SortField.Type.STRING)));

  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void answersAsDrillSideways() {
    assertTrue(compareAll(shipped.index()) > 300, "the selections leave hits to compare");
  }

  @Test
  void leavesDeletedDocumentsOut(@TempDir Path other) throws Exception {
    try (SearchIndex withDeletions = FixtureIndex.shippedWithDeletions(other, List.of(
        "buurtpreventie", "whatsapp-buurtpreventie", "burgerwacht",
        "neighbourhood-watch", "veiligheidspanels", "citizens-in-security"))) {
      boolean deletions = withDeletions.withView(view -> view.getIndexReader().hasDeletions());
      assertTrue(deletions, "the index has deleted documents");
      assertTrue(compareAll(withDeletions) > 250, "the selections leave hits to compare");
    }
  }

  /** Compares every selection, order and number of hits; returns the number of hits compared. */
  private static int compareAll(SearchIndex index) {
    FacetsConfig config = IndexSchema.facetsConfig();
    return index.withView(view -> {
      int hits = 0;
      for (Map<String, List<String>> selection : SELECTIONS) {
        for (Sort sort : SORTS) {
          for (int wanted : new int[] {1, 10, 100}) {
            String what = selection + " sorted " + sort + ", " + wanted + " hits";
            DrillSideways.DrillSidewaysResult expected = new DrillSideways(view, config,
                view.facetState()).search(drillDown(view, selection), null, null, wanted,
                sort, false);
            DrillSideways.DrillSidewaysResult actual = SelectionSearch.search(view,
                drillDown(view, selection), dims(selection), wanted, sort);
            assertEquals(expected.hits.totalHits, actual.hits.totalHits, what);
            assertEquals(SearchAnswers.ranking(expected.hits.scoreDocs),
                SearchAnswers.ranking(actual.hits.scoreDocs), what);
            assertEquals(SearchAnswers.counts(view, expected.facets),
                SearchAnswers.counts(view, actual.facets), what);
            hits += actual.hits.scoreDocs.length;
          }
        }
      }
      return hits;
    });
  }

  @Test
  void countsOfAllAreThoseOfEveryDocument() {
    shipped.index().withView(view -> {
      DrillSideways.DrillSidewaysResult everything = new DrillSideways(view,
          IndexSchema.facetsConfig(), view.facetState())
          .search(drillDown(view, Map.of()), null, null, 1, null, false);
      assertEquals(view.documentCount(), everything.hits.totalHits.value);
      assertEquals(SearchAnswers.counts(view, everything.facets),
          SearchAnswers.counts(view, view.countsOfAll()));
      return null;
    });
  }

  @Test
  void countsOfAllCanBeReadByManySearchesAtOnce() throws Exception {
    List<String> expected =
        shipped.index().withView(view -> SearchAnswers.counts(view, view.countsOfAll()));
    ExecutorService threads = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> readers = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        readers.add(threads.submit(() -> {
          for (int round = 0; round < 50; round++) {
            if (!expected.equals(shipped.index().withView(
                view -> SearchAnswers.counts(view, view.countsOfAll())))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> reader : readers) {
        assertTrue(reader.get(60, TimeUnit.SECONDS), "every read saw the same counts");
      }
    } finally {
      threads.shutdownNow();
    }
  }

  private static DrillDownQuery drillDown(IndexView view, Map<String, List<String>> selection) {
    DrillDownQuery query = new DrillDownQuery(IndexSchema.facetsConfig(), new MatchAllDocsQuery());
    selection.forEach((dim, values) -> {
      if (dim.equals(IndexSchema.YEAR_DIM)) {
        query.add(dim, IntPoint.newRangeQuery(IndexSchema.YEAR, Integer.parseInt(values.get(0)),
            Integer.parseInt(values.get(1))));
      } else if (dim.equals(IndexSchema.PLACE_DIM)) {
        values.forEach(value -> query.add(dim, value));
      } else {
        Facet facet = view.taxonomy().require(dim);
        values.forEach(value -> query.add(dim, facet.path(value).toArray(String[]::new)));
      }
    });
    return query;
  }

  private static Set<String> dims(Map<String, List<String>> selection) {
    return new LinkedHashSet<>(selection.keySet());
  }
}
