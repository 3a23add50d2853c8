package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.index.IndexProgress;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.index.IndexUpdater;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Counts from the facet values' documents read as Lucene's counts of the same documents, on an
 * index of several segments (a build, then an update that adds documents in a segment of their
 * own), where the segments number the values differently.
 */
class FacetPostingsTest {
  private static final List<String> QUERIES = List.of("", "buurtpreventie", "veiligheid",
      "vertrouwen in de politie", "neighbourhood watch", "whatsapp", "buurtbemiddeling");

  @TempDir
  Path temp;

  @Test
  void countsEqualLucenesOnSeveralSegments() throws Exception {
    UserQueryParser parser =
        new UserQueryParser(IndexSchema.queryAnalyzer(), SearchSettings.DEFAULT);
    try (SearchIndex index = SearchIndex.open(severalSegments())) {
      index.withView(view -> {
        List<LeafReaderContext> leaves = view.getIndexReader().leaves();
        assertTrue(leaves.size() > 1, "several segments");
        for (String text : QUERIES) {
          FacetsCollector matches = matchesOf(view, parser, text);
          FixedBitSet[] bySegment = new FixedBitSet[leaves.size()];
          for (FacetsCollector.MatchingDocs leaf : matches.getMatchingDocs()) {
            FixedBitSet docs = new FixedBitSet(leaf.context.reader().maxDoc());
            docs.or(leaf.bits.iterator());
            bySegment[leaf.context.ord] = docs;
          }
          Facets lucenes = new SortedSetDocValuesFacetCounts(view.facetState(), matches);
          // The values' documents as the commit keeps them (bit sets in segments this small), and
          // every value a list; each segment's matches from their intersections with those
          // (segments this small are never sparse), and read one by one (every set sparse but a
          // whole segment's).
          for (FacetPostings postings : List.of(view.facetPostings(),
              FacetPostings.of(view.facetState(), 1))) {
            for (int sparse : new int[] {128, 1}) {
              String what = text + ", sparse below one in " + sparse;
              assertEquals(SearchAnswers.counts(view, lucenes), SearchAnswers.counts(view,
                  new OrdinalCounts(view.countsOfAll(), postings,
                      postings.count(leaves, bySegment, null, sparse))), what);
              for (String dim : IndexSchema.ALL_DIMS) {
                Facets ours = new OrdinalCounts(view.countsOfAll(), postings,
                    postings.count(leaves, bySegment, dim, sparse));
                assertEquals(String.valueOf(lucenes.getTopChildren(1000, dim)),
                    String.valueOf(ours.getTopChildren(1000, dim)), what + " " + dim);
                for (String other : IndexSchema.ALL_DIMS) {
                  if (!other.equals(dim)) {
                    assertNull(ours.getTopChildren(1000, other),
                        "only " + dim + " is counted, not " + other + ": " + what);
                  }
                }
              }
            }
          }
        }
        return null;
      });
    }
  }

  @Test
  void documentsOfEachValueAreThoseOfItsDrillDownTerm() throws Exception {
    try (SearchIndex index = SearchIndex.open(severalSegments())) {
      int compared = index.withView(view -> {
        String field = view.facetState().getField();
        List<String> values = new ArrayList<>();
        TermsEnum terms = MultiTerms.getTerms(view.getIndexReader(), field).iterator();
        for (BytesRef term = terms.next(); term != null; term = terms.next()) {
          String value = term.utf8ToString();
          if (value.indexOf(FacetsConfig.DELIM_CHAR) >= 0) {
            values.add(value);
          } else {
            // A dimension's own drill-down term: documents of any of its values, not a value.
            assertThrows(IllegalArgumentException.class,
                () -> view.facetPostings().ordinal(new Term(field, value)), value);
          }
        }
        values.add(FacetsConfig.pathToString("form", new String[] {"no such value"}));
        int checked = 0;
        // As the commit keeps them (bit sets in segments this small), and every value a list.
        for (FacetPostings postings : List.of(view.facetPostings(),
            FacetPostings.of(view.facetState(), 1))) {
          for (LeafReaderContext leaf : view.getIndexReader().leaves()) {
            for (String value : values) {
              Term term = new Term(field, value);
              List<Integer> held = new ArrayList<>();
              boolean any =
                  postings.forEachDocument(leaf, postings.ordinal(term), held::add);
              List<Integer> listed = postingsOf(leaf, term);
              assertEquals(listed, held, value);
              assertEquals(!listed.isEmpty(), any, value);
              checked += held.size();
            }
          }
        }
        assertThrows(IllegalArgumentException.class,
            () -> view.facetPostings().ordinal(new Term(IndexSchema.ID, "x")));
        return checked;
      });
      assertTrue(compared > 1000, "documents compared: " + compared);
    }
  }

  private static List<Integer> postingsOf(LeafReaderContext leaf, Term term) throws IOException {
    List<Integer> docs = new ArrayList<>();
    PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
    if (postings != null) {
      for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        docs.add(doc);
      }
    }
    return docs;
  }

  /**
   * An index of the shipped corpus in several segments: a build, then an update that adds
   * documents in a segment of their own, where the segments number the values differently.
   */
  @Test
  void selectedValuesFindTheDocumentsOfTheirDrillDownTerms() throws Exception {
    try (SearchIndex index = SearchIndex.open(severalSegments())) {
      int compared = index.withView(view -> {
        String[][] selections = {{"form", "mediation"},
            {"form", "mediation", "citizen-surveillance"}, {"language", "en"},
            {"place", "Rotterdam", "no such place"}, {"place", "no such place"}};
        int docs = 0;
        // As the commit keeps them (bit sets in segments this small), and every value a list.
        for (FacetPostings postings : List.of(view.facetPostings(),
            FacetPostings.of(view.facetState(), 1))) {
          for (String[] selection : selections) {
            DrillDownQuery drillDown = new DrillDownQuery(IndexSchema.facetsConfig());
            for (int i = 1; i < selection.length; i++) {
              drillDown.add(selection[0], valuePath(view, selection[0], selection[i]));
            }
            Query byTerms = drillDown.getDrillDownQueries()[0];
            Query inMemory = SelectedValues.of(postings, byTerms);
            assertTrue(inMemory instanceof SelectedValues, List.of(selection).toString());
            List<Integer> expected = documents(view, byTerms);
            assertEquals(expected, documents(view, inMemory), List.of(selection).toString());
            docs += expected.size();
          }
        }
        return docs;
      });
      assertTrue(compared > 20, "documents compared: " + compared);
    }
  }

  @Test
  void selectionsOfOtherKindsAreLeftAsTheyAre() throws Exception {
    try (SearchIndex index = SearchIndex.open(severalSegments())) {
      index.withView(view -> {
        DrillDownQuery drillDown = new DrillDownQuery(IndexSchema.facetsConfig());
        drillDown.add(IndexSchema.YEAR_DIM, IntPoint.newRangeQuery(IndexSchema.YEAR, 2000, 2030));
        drillDown.add(IndexSchema.PLACE_DIM);
        for (Query selection : drillDown.getDrillDownQueries()) {
          assertEquals(selection, SelectedValues.of(view, selection));
        }
        return null;
      });
    }
  }

  private static String[] valuePath(IndexView view, String dim, String value) {
    return view.taxonomy().facet(dim).filter(facet -> facet.contains(value))
        .map(facet -> facet.path(value).toArray(String[]::new)).orElse(new String[] {value});
  }

  private static List<Integer> documents(IndexView view, Query query) throws IOException {
    List<Integer> docs = new ArrayList<>();
    for (ScoreDoc hit : view.search(query, view.getIndexReader().maxDoc(), Sort.INDEXORDER)
        .scoreDocs) {
      docs.add(hit.doc);
    }
    return docs;
  }

  private Path severalSegments() throws Exception {
    Corpus corpus = CorpusLoader.load(TempCorpus.shippedCorpus()).orThrow();
    Path indexDir = temp.resolve("index");
    IndexBuilder.build(withoutSome(corpus), indexDir);
    IndexUpdater.update(corpus, indexDir, IndexProgress.NONE);
    return indexDir;
  }

  /**
   * The corpus without every fourth document that has no translation (one with a translation
   * would change with it, and the update would rewrite its segment).
   */
  private static Corpus withoutSome(Corpus corpus) {
    List<CorpusDocument> alone = corpus.documents().stream()
        .filter(doc -> corpus.translation(doc).isEmpty()).toList();
    List<CorpusDocument> kept = new ArrayList<>(corpus.documents());
    for (int i = 0; i < alone.size(); i += 4) {
      kept.remove(alone.get(i));
    }
    assertTrue(corpus.documents().size() - kept.size() >= 3, "documents left out");
    return new Corpus(corpus.taxonomy(), kept, "without some", corpus.stamp());
  }

  /** The documents that {@code text} matches (all for an empty text), as Lucene collects them. */
  private static FacetsCollector matchesOf(IndexView view, UserQueryParser parser, String text)
      throws IOException {
    Query query = text.isEmpty() ? new MatchAllDocsQuery() : parser.parse(text, view);
    return FacetsCollectorManager.search(view, query, 1, new FacetsCollectorManager())
        .facetsCollector();
  }
}
