package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of a commit's view that analyse the whole vocabulary are made on first use, so the
 * first commit is served without waiting for them; a warm-up makes them, and a newer commit goes
 * live already warm.
 */
class IndexWarmUpTest {
  @TempDir
  Path temp;

  @Test
  void theFirstCommitIsServedColdAndWarmedOnRequest() throws Exception {
    try (SearchIndex index = FixtureIndex.open(temp)) {
      assertFalse(index.withView(IndexView::isWarm), "not made while opening");
      index.warmUp();
      assertTrue(index.withView(IndexView::isWarm));
      assertSame(index.withView(IndexView::concepts), index.withView(IndexView::concepts),
          "made once per commit");
    }
  }

  @Test
  void aSearchMakesWhatItNeedsWithoutAWarmUp() throws Exception {
    try (SearchIndex index = FixtureIndex.open(temp)) {
      SearchService search = UnhurriedSearch.of(index);
      SearchResponse response = search.search(new SearchRequest("preventie", Map.of(), null,
          null, 1, 10, SortOrder.RELEVANCE, "nl"));
      assertTrue(response.hits().stream().anyMatch(h -> h.id().equals("nl-preventie")));
      SearchResponse browse = search.search(SearchRequest.all());
      assertEquals(index.withView(IndexView::documentCount), (int) browse.total());
      assertTrue(index.withView(IndexView::isWarm));
    }
  }

  @Test
  void aNewerCommitGoesLiveWarm() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp).resources("/fixture", FixtureIndex.DOCUMENTS);
    try (SearchIndex index = FixtureIndex.open(corpus.dir(), temp)) {
      assertFalse(index.withView(IndexView::isWarm));
      Files.delete(corpus.dir().resolve("documents").resolve("xss.md"));
      IndexBuilder.build(CorpusLoader.load(corpus.dir()).orThrow(), temp.resolve("index"));
      assertTrue(index.refresh());
      assertEquals(List.of(true, 5), index.withView(view -> List.of(view.isWarm(),
          view.documentCount())));
    }
  }
}
