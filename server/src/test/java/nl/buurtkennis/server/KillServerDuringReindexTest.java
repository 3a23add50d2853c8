package nl.buurtkennis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 of the server while it re-indexes (in the background after its start, because the corpus
 * changed while it was down; the console's re-index runs the same update), then a normal start: it
 * serves a whole index, never a mix of two corpus states.
 */
class KillServerDuringReindexTest {
  private static final int TRIALS = 4;

  @TempDir
  Path temp;

  @Test
  void aServerKilledWhileReindexingStartsAgainOnAWholeIndex() throws Exception {
    Path[] corpora = {corpus("a", 150), corpus("b", 300)};
    List<Set<String>> ids = List.of(ids("a", 150), ids("b", 300));
    Path index = temp.resolve("index");
    IndexBuilder.build(CorpusLoader.load(corpora[0]).corpus().orElseThrow(), index);

    Random random = new Random(20261128L);
    int target = 1;
    for (int trial = 0; trial < TRIALS; trial++) {
      Process server = new ProcessBuilder(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
          "-cp", System.getProperty("java.class.path"), ServerMain.class.getName(),
          "--corpus", corpora[target].toString(), "--index", index.toString(), "--port", "0")
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .start();
      server.waitFor(500 + random.nextInt(3500), TimeUnit.MILLISECONDS);
      server.destroyForcibly();
      server.waitFor();
      Set<String> now = checkedIds(index);
      assertTrue(now.equals(ids.get(0)) || now.equals(ids.get(1)),
          "trial " + trial + ": the index holds exactly one corpus state");
      target = now.equals(ids.get(0)) ? 1 : 0;
    }

    // The start serves the index it finds at once and catches up with the corpus in the
    // background: every answer counts one whole corpus state, and it ends at the new one.
    Javalin app = ServerMain.start(new ServerConfig(corpora[target], index, 0));
    try {
      HttpClient client = HttpClient.newHttpClient();
      String wanted = "\"documents\":" + ids.get(target).size();
      String other = "\"documents\":" + ids.get(1 - target).size();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      HttpResponse<String> health;
      do {
        health = client.send(HttpRequest.newBuilder(
            URI.create("http://localhost:" + app.port() + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains(wanted) || health.body().contains(other),
            health.body());
        if (!health.body().contains(wanted)) {
          Thread.sleep(50);
        }
      } while (!health.body().contains(wanted) && System.nanoTime() < deadline);
      assertTrue(health.body().contains(wanted), health.body());
    } finally {
      app.stop();
    }
    assertEquals(ids.get(target), checkedIds(index));
  }

  private Path corpus(String prefix, int documents) {
    TempCorpus corpus = TempCorpus.create(temp.resolve(prefix));
    String body = "Bewoners houden samen toezicht en melden verdachte situaties aan de politie. "
        .repeat(60);
    for (int i = 0; i < documents; i++) {
      corpus.document(prefix + "-" + i + ".md", TempCorpus.doc(prefix + "-" + i, "",
          "## Werkwijze\n\n" + body + "\n"));
    }
    return corpus.dir();
  }

  private static Set<String> ids(String prefix, int documents) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < documents; i++) {
      ids.add(prefix + "-" + i);
    }
    return ids;
  }

  private static Set<String> checkedIds(Path index) throws IOException {
    try (Directory directory = FSDirectory.open(index)) {
      try (CheckIndex check = new CheckIndex(directory)) {
        assertTrue(check.checkIndex().clean, "CheckIndex is clean");
      }
      Set<String> ids = new HashSet<>();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
          ids.add(stored.document(doc).get(IndexSchema.ID));
        }
      }
      return ids;
    }
  }
}
