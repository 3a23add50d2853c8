package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BitDocIdSet;
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
  void countsOfEverySetEqualLucenesOnSeveralSegments() throws Exception {
    Corpus corpus = CorpusLoader.load(TempCorpus.shippedCorpus()).orThrow();
    Path indexDir = temp.resolve("index");
    IndexBuilder.build(withoutSome(corpus), indexDir);
    IndexUpdater.update(corpus, indexDir, IndexProgress.NONE);

    UserQueryParser parser =
        new UserQueryParser(IndexSchema.queryAnalyzer(), SearchSettings.DEFAULT);
    try (SearchIndex index = SearchIndex.open(indexDir)) {
      int compared = index.withView(view -> {
        assertTrue(view.getIndexReader().leaves().size() > 1, "several segments");
        int sets = 0;
        for (String text : QUERIES) {
          Query query = text.isEmpty() ? new MatchAllDocsQuery() : parser.parse(text, view);
          FacetsCollector matches = FacetsCollectorManager.search(view, query, 1,
              new FacetsCollectorManager()).facetsCollector();
          if (!allBitSets(matches)) {
            assertNull(view.facetPostings().count(matches), text);
            continue;
          }
          // As the commit keeps them (every value a bit set in segments this small), and
          // every value a list.
          for (FacetPostings postings : List.of(view.facetPostings(),
              FacetPostings.of(view.facetState(), 1))) {
            int[] counts = postings.count(matches);
            assertNotNull(counts, text);
            assertEquals(
                SearchAnswers.counts(view, new SortedSetDocValuesFacetCounts(view.facetState(),
                    matches)),
                SearchAnswers.counts(view,
                    new OrdinalCounts(view.countsOfAll(), postings, counts)),
                text);
          }
          sets++;
        }
        return sets;
      });
      assertTrue(compared >= 4, "sets of matches counted from the values' documents: " + compared);
    }
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

  private static boolean allBitSets(FacetsCollector matches) throws java.io.IOException {
    for (FacetsCollector.MatchingDocs leaf : matches.getMatchingDocs()) {
      if (leaf.totalHits > 0
          && !(leaf.bits instanceof BitDocIdSet set && set.bits() instanceof FixedBitSet)) {
        return false;
      }
    }
    return true;
  }
}
