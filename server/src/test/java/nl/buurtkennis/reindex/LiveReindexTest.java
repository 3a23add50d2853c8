package nl.buurtkennis.reindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.search.FixtureIndex;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import nl.buurtkennis.testing.TempCorpus;
import nl.buurtkennis.web.WebApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running server under a steady stream of requests while the index is updated again and
 * again: no request fails, and each new document is found as soon as the update returns.
 */
class LiveReindexTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> NEW_WORDS =
      List.of("zebra", "walrus", "pelikaan");
  private static final List<String> PATHS = List.of("/api/search?q=bewoners",
      "/api/search?form=citizen-surveillance&benefit=feelings", "/api/search?q=buurt&sort=newest",
      "/?q=veiligheid", "/api/documents/nl-budget", "/api/suggest?q=buu");
  private static final int SEARCH_THREADS = 3;

  @TempDir
  Path temp;

  @Test
  void requestsNeverFailDuringUpdatesAndTheNewDocumentIsFoundWhenTheUpdateReturns()
      throws Exception {
    TempCorpus corpus = TempCorpus.create(temp).resources("/fixture", FixtureIndex.DOCUMENTS);
    Path indexDir = temp.resolve("index");
    IndexBuilder.build(CorpusLoader.load(corpus.dir()).orThrow(), indexDir);
    ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor();
    AtomicInteger requests = new AtomicInteger();
    AtomicInteger duringUpdates = new AtomicInteger();
    try (SearchIndex index = SearchIndex.open(indexDir)) {
      // The server's own periodic refresh keeps running too, as in production.
      refresher.scheduleWithFixedDelay(() -> {
        try {
          index.refresh();
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }, 50, 50, TimeUnit.MILLISECONDS);
      Reindexer reindexer = Reindexer.refreshing(corpus.dir(), indexDir, index);
      JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicBoolean updating = new AtomicBoolean();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        ExecutorService searchers = Executors.newFixedThreadPool(SEARCH_THREADS);
        for (int t = 0; t < SEARCH_THREADS; t++) {
          int first = t;
          searchers.execute(() -> {
            for (int i = first; !stop.get(); i++) {
              String path = PATHS.get(i % PATHS.size());
              boolean during = updating.get();
              try {
                Response response = client.get(path);
                if (response.code() != 200) {
                  failures.add(path + " → " + response.code() + " " + response.body().string());
                }
              } catch (Exception e) {
                failures.add(path + " → " + e);
              }
              requests.incrementAndGet();
              if (during && updating.get()) {
                duringUpdates.incrementAndGet();
              }
            }
          });
        }

        List<ReindexOutcome> outcomes = new ArrayList<>();
        for (String word : NEW_WORDS) {
          corpus.document("nieuw/nieuw-" + word + ".md", TempCorpus.doc("nieuw-" + word, "",
              "## Verslag\n\nEen verslag over de " + word + " in de buurt.\n"));
          updating.set(true);
          outcomes.add(reindexer.runNow());
          updating.set(false);
          JsonNode found = JSON.readTree(client.get("/api/search?q=" + word).body().string());
          assertEquals(1, found.get("total").asInt(), word + ": " + found);
          assertEquals("nieuw-" + word, found.get("hits").get(0).get("id").asText());
          assertEquals(200, client.get("/api/documents/nieuw-" + word).code());
        }
        stop.set(true);
        searchers.shutdown();
        assertTrue(searchers.awaitTermination(60, TimeUnit.SECONDS));

        for (ReindexOutcome outcome : outcomes) {
          assertEquals(ReindexOutcome.Kind.UPDATED, outcome.kind(), outcome.summary());
          assertEquals(1, outcome.added(), outcome.summary());
        }
        assertEquals(List.of(), List.copyOf(failures), requests.get() + " requests");
        assertTrue(duringUpdates.get() > 0, "requests were answered while updates ran");
      });
      // Printed outside JavalinTest, which keeps the output of a passing test to itself.
      System.out.printf("live re-index: %d requests, %d during %d updates, 0 failed%n",
          requests.get(), duringUpdates.get(), NEW_WORDS.size());
    } finally {
      refresher.shutdownNow();
    }
  }
}
