package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
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
    Path corpus = copyOfShippedCorpus();
    List<Path> heldBack = heldBack(corpus);
    Path indexDir = temp.resolve("index");
    IndexBuilder.build(CorpusLoader.load(corpus).orThrow(), indexDir);
    for (Path file : heldBack) {
      Files.move(temp.resolve("held").resolve(file.getFileName()), file);
    }
    IndexUpdater.update(CorpusLoader.load(corpus).orThrow(), indexDir, IndexProgress.NONE);

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
          int[] counts = view.facetPostings().count(matches);
          assertNotNull(counts, text);
          assertEquals(
              SearchAnswers.counts(view, new SortedSetDocValuesFacetCounts(view.facetState(),
                  matches)),
              SearchAnswers.counts(view,
                  new OrdinalCounts(view.countsOfAll(), view.facetPostings(), counts)),
              text);
          sets++;
        }
        return sets;
      });
      assertTrue(compared >= 4, "sets of matches counted from the values' documents: " + compared);
    }
  }

  private Path copyOfShippedCorpus() throws Exception {
    Path copy = temp.resolve("corpus");
    Path shipped = TempCorpus.shippedCorpus();
    try (Stream<Path> files = Files.walk(shipped)) {
      for (Path file : files.toList()) {
        Path target = copy.resolve(shipped.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return copy;
  }

  /**
   * Every fourth practice description with no translation, moved out of the corpus until the
   * update.
   */
  private List<Path> heldBack(Path corpus) throws Exception {
    Files.createDirectories(temp.resolve("held"));
    List<Path> held = new ArrayList<>();
    List<Path> alone = new ArrayList<>();
    try (Stream<Path> files = Files.list(corpus.resolve("documents").resolve("practices"))) {
      for (Path file : files.sorted().toList()) {
        String id = file.getFileName().toString().replace(".md", "");
        if (!Files.readString(file).contains("\ntranslation:") && !translated(corpus, id)) {
          alone.add(file);
        }
      }
    }
    for (int i = 0; i < alone.size(); i += 4) {
      held.add(alone.get(i));
      Files.move(alone.get(i), temp.resolve("held").resolve(alone.get(i).getFileName()));
    }
    assertTrue(held.size() >= 3, "documents held back: " + held.size());
    return held;
  }

  private static boolean translated(Path corpus, String id) throws Exception {
    try (Stream<Path> files = Files.walk(corpus.resolve("documents"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        if (Files.readString(file).contains("\ntranslation: " + id + "\n")) {
          return true;
        }
      }
    }
    return false;
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
