package nl.buurtkennis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexCommitInfo;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.index.IndexUpdater;
import nl.buurtkennis.index.IndexProgress;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server starts on an existing index without reading the corpus, and catches up with files
 * that changed while it was down in the background; only a missing index or one of an older
 * schema is built before it serves.
 */
class IndexBootstrapFreshnessTest {
  @TempDir
  Path temp;

  private TempCorpus corpus;
  private Path index;

  private void builtIndex() throws Exception {
    corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Buurtbemiddeling in de wijk.\n"))
        .document("doc-b.md", TempCorpus.doc("doc-b", "", "Buurtpreventie met bewoners.\n"));
    index = temp.resolve("index");
    assertEquals(IndexBootstrap.Freshness.CURRENT, IndexBootstrap.ensureIndex(corpus.dir(), index));
  }

  @Test
  void anIndexOfTheUnchangedCorpusIsServedWithoutReadingIt() throws Exception {
    builtIndex();
    String builtAt = IndexCommitInfo.read(index).orElseThrow().builtAt();
    assertEquals(IndexBootstrap.Freshness.EXISTING, IndexBootstrap.ensureIndex(corpus.dir(), index));
    assertEquals(builtAt, IndexCommitInfo.read(index).orElseThrow().builtAt(), "not rebuilt");
    assertFalse(IndexBootstrap.corpusChanged(corpus.dir(), index));
  }

  @Test
  void aChangedCorpusIsSeenAndTheIndexLeftAsItIsForTheBackgroundUpdate() throws Exception {
    builtIndex();
    corpus.document("doc-c.md", TempCorpus.doc("doc-c", "", "Burgernet.\n"));
    assertEquals(IndexBootstrap.Freshness.EXISTING, IndexBootstrap.ensureIndex(corpus.dir(), index));
    assertTrue(IndexBootstrap.corpusChanged(corpus.dir(), index));
    assertEquals(2, IndexCommitInfo.read(index).orElseThrow().documents());
  }

  @Test
  void touchedButUnchangedFilesAreStampedByTheUpdateSoTheNextStartIsQuick() throws Exception {
    builtIndex();
    Files.setLastModifiedTime(corpus.dir().resolve("documents/doc-a.md"), FileTime.fromMillis(0));
    assertTrue(IndexBootstrap.corpusChanged(corpus.dir(), index));
    IndexUpdater.update(CorpusLoader.load(corpus.dir()).orThrow(), index, IndexProgress.NONE);
    assertFalse(IndexBootstrap.corpusChanged(corpus.dir(), index));
  }

  @Test
  void anIndexOfAnotherSchemaIsRebuiltBeforeServing() throws Exception {
    corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Buurtbemiddeling in de wijk.\n"));
    index = temp.resolve("index");
    try (Directory directory = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
      writer.addDocument(new Document());
      writer.setLiveCommitData(Map.of(IndexSchema.COMMIT_SCHEMA, "old").entrySet());
      writer.commit();
    }
    assertEquals(IndexBootstrap.Freshness.CURRENT, IndexBootstrap.ensureIndex(corpus.dir(), index));
    IndexCommitInfo info = IndexCommitInfo.read(index).orElseThrow();
    assertEquals(IndexSchema.VERSION, info.schemaVersion());
    assertEquals(1, info.documents());
  }

  @Test
  void theServerServesAtOnceAndThenFindsWhatChangedWhileItWasDown() throws Exception {
    builtIndex();
    corpus.document("doc-c.md", TempCorpus.doc("doc-c", "", "Burgernet waarschuwt bewoners.\n"));
    Javalin app = ServerMain.start(new ServerConfig(corpus.dir(), index, 0));
    try {
      HttpClient client = HttpClient.newHttpClient();
      long deadline = System.nanoTime() + 30_000_000_000L;
      String body;
      do {
        body = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
            + "/health")).build(), HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(body.contains("\"documents\":2") || body.contains("\"documents\":3"), body);
        if (!body.contains("\"documents\":3")) {
          Thread.sleep(50);
        }
      } while (!body.contains("\"documents\":3") && System.nanoTime() < deadline);
      assertTrue(body.contains("\"documents\":3"), "caught up within 30 s: " + body);
    } finally {
      app.stop();
    }
  }

  @Test
  void stoppingTheServerStopsItsIndexRefresh() throws Exception {
    builtIndex();
    long before = refreshThreads();
    Javalin app = ServerMain.start(new ServerConfig(corpus.dir(), index, 0));
    assertEquals(before + 1, refreshThreads());
    app.stop();
    long deadline = System.nanoTime() + 5_000_000_000L;
    while (refreshThreads() > before && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals(before, refreshThreads(), "the refresh thread ends with the server");
  }

  private static long refreshThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("index-refresh") && t.isAlive()).count();
  }
}
