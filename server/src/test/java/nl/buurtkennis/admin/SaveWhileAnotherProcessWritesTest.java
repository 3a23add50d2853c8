package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save made while {@code indexer build} or {@code update} holds the index: the file is written,
 * the answer says the re-index is queued (not that it failed), and once the command lets go of
 * the index the saved document is found without anyone re-indexing by hand.
 */
class SaveWhileAnotherProcessWritesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WORD = "okapi";

  @Test
  void theReindexIsQueuedAndTheSavedDocumentBecomesSearchableWhenTheIndexIsFree(
      @TempDir Path temp) throws Exception {
    try (AdminTestApp app = AdminTestApp.create(temp)) {
      JavalinTest.test(app.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        JsonNode saved;
        JsonNode status;
        try (Directory directory = FSDirectory.open(temp.resolve("index"));
            IndexWriter other = new IndexWriter(directory, new IndexWriterConfig())) {
          HttpResponse<String> created = client.api("POST", "/api/admin/documents",
              TempCorpus.doc("wachtrij", "", "De " + WORD + " kwam langs.\n"));
          assertEquals(201, created.statusCode(), created.body());
          saved = JSON.readTree(created.body()).get("reindex");
          status = JSON.readTree(client.api("GET", "/api/admin/status", null).body());
          assertEquals(0, total(client), "nothing is written while the other process holds it");
          other.rollback();
        }
        assertFalse(saved.get("succeeded").asBoolean(), saved.toString());
        assertTrue(saved.get("queued").asBoolean(), saved.toString());
        assertTrue(saved.get("problems").get(0).asText()
            .startsWith("another build or update is writing to"), saved.toString());
        assertTrue(status.get("last").get("queued").asBoolean(), status.toString());

        long deadline = System.currentTimeMillis() + 20_000;
        while (total(client) == 0 && System.currentTimeMillis() < deadline) {
          Thread.sleep(100);
        }
        assertEquals(1, total(client), "the queued re-index took the saved document in");
        JsonNode after = JSON.readTree(client.api("GET", "/api/admin/status", null).body());
        for (int i = 0; i < 100 && after.get("running").asBoolean(); i++) {
          Thread.sleep(50);
          after = JSON.readTree(client.api("GET", "/api/admin/status", null).body());
        }
        assertTrue(after.get("last").get("succeeded").asBoolean(), after.toString());
        assertFalse(after.get("last").get("queued").asBoolean(), after.toString());
      });
    }
  }

  /**
   * A refused re-index after which {@code indexer update} wrote the index (the broken file
   * deleted) is marked superseded, and the problems of the deleted file are no longer listed.
   */
  @Test
  void aFailedReindexTheIndexWasWrittenAfterIsShownAsSuperseded(@TempDir Path temp)
      throws Exception {
    try (AdminTestApp app = AdminTestApp.create(temp)) {
      app.corpus.document("kapot3.md", "---\nid: kapot3\n---\n");
      assertFalse(app.reindexer.runNow().succeeded());
      java.nio.file.Files.delete(app.corpus.dir().resolve("documents/kapot3.md"));
      app.corpus.document("heel.md", TempCorpus.doc("heel", "", "De " + WORD + " kwam.\n"));
      nl.buurtkennis.index.IndexUpdater.update(() -> nl.buurtkennis.corpus.CorpusLoader
          .load(app.corpus.dir()).orThrow(), temp.resolve("index"),
          new nl.buurtkennis.index.LogProgress(line -> { }));

      JavalinTest.test(app.app(), (server, http) -> {
        AdminTestApp.Client client = new AdminTestApp.Client(server);
        AdminTestApp.Session session = client.signIn();
        String dutch = session.get("/admin").body();
        assertTrue(dutch.contains("Achterhaald: daarna is de index om "), dutch);
        assertFalse(dutch.contains("kapot3.md:"), dutch);
        String english = session.get("/admin?lang=en").body();
        assertTrue(english.contains("Superseded: the index was written again afterwards, at "),
            english);
        JsonNode status = JSON.readTree(client.api("GET", "/api/admin/status", null).body());
        assertTrue(status.get("lastSuperseded").asBoolean(), status.toString());
        assertFalse(status.get("indexWrittenAt").isNull(), status.toString());
      });
    }
  }

  private static int total(AdminTestApp.Client client) throws Exception {
    return JSON.readTree(client.get("/api/search?q=" + WORD).body()).get("total").asInt();
  }
}
