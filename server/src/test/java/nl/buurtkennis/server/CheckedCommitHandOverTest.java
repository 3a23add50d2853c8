package nl.buurtkennis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.index.DirectoryReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commit the start-up check opened is the one served (not opened a second time), a newer
 * commit still replaces it, and closing the served index releases it.
 */
class CheckedCommitHandOverTest {
  @TempDir
  Path temp;

  @Test
  void theCheckedCommitIsServedAndReleasedOnClose() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Buurtbemiddeling in de wijk.\n"));
    Path index = temp.resolve("index");
    IndexBootstrap.ensureIndex(corpus.dir(), index);

    IndexBootstrap.Prepared prepared = IndexBootstrap.prepare(corpus.dir(), index);
    assertEquals(IndexBootstrap.Freshness.EXISTING, prepared.freshness());
    DirectoryReader checked = prepared.checkedCommit().orElseThrow();
    SearchIndex served = SearchIndex.takeOverAfter(
        CompletableFuture.completedFuture(prepared.checkedCommit()), index);
    try (served) {
      served.awaitOpen();
      assertSame(checked, served.withView(view -> view.getIndexReader()), "not opened again");

      corpus.document("doc-b.md", TempCorpus.doc("doc-b", "", "Buurtpreventie.\n"));
      IndexBuilder.build(CorpusLoader.load(corpus.dir()).corpus().orElseThrow(), index);
      assertTrue(served.refresh(), "a newer commit replaces the checked one");
      assertEquals(2, (int) served.withView(view -> view.getIndexReader().numDocs()));
    }
    assertEquals(0, checked.getRefCount(), "the checked commit is closed");
  }

  @Test
  void anIndexThatIsBuiltHandsNoCommitOn() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Buurtbemiddeling in de wijk.\n"));
    IndexBootstrap.Prepared prepared = IndexBootstrap.prepare(corpus.dir(), temp.resolve("index"));
    assertEquals(IndexBootstrap.Freshness.CURRENT, prepared.freshness());
    assertTrue(prepared.checkedCommit().isEmpty());
  }
}
