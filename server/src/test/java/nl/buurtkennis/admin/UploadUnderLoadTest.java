package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a librarian's work does to the people searching: under a steady stream of searches, an
 * upload and its re-index, plus an extra re-index. No search may fail, and the new document must
 * be found as soon as the upload has answered.
 */
class UploadUnderLoadTest {
  private static final int SEARCHERS = 3;
  private static final int MAX_SEARCHES_EACH = 5_000;

  @TempDir
  Path temp;

  @Test
  void noSearchFailsAndTheNewDocumentIsFoundRightAfterTheUpload() throws Exception {
    AtomicInteger searches = new AtomicInteger();
    try (AdminTestApp fixture = AdminTestApp.create(temp)) {
      JavalinTest.test(fixture.app(), (server, http) -> {
        AtomicBoolean stop = new AtomicBoolean();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < SEARCHERS; t++) {
          Thread thread = new Thread(() -> {
            AdminTestApp.Client client = new AdminTestApp.Client(server);
            String[] queries = {"bewoners", "buurtpreventie", "trust", "form=mediation", ""};
            for (int i = 0; i < MAX_SEARCHES_EACH && !stop.get(); i++) {
              String q = queries[i % queries.length];
              HttpResponse<String> response = client.get("/api/search?"
                  + (q.contains("=") ? q : "q=" + q));
              searches.incrementAndGet();
              if (response.statusCode() != 200 || !response.body().contains("\"total\"")) {
                failures.add(response.statusCode() + " " + response.body());
              }
            }
          }, "searcher-" + t);
          thread.start();
          threads.add(thread);
        }
        AdminTestApp.Client librarian = new AdminTestApp.Client(server);
        for (int i = 0; i < 300 && searches.get() < 20; i++) {
          Thread.sleep(100);
        }
        int before = searches.get();
        String markdown = TempCorpus.doc("zonnebloemwijk-nachtwacht", "",
            "## Kern\n\nDe zonnebloemwijk houdt een nachtwacht met vrijwilligers.\n");
        HttpResponse<String> created = librarian.api("POST", "/api/admin/documents", markdown);
        HttpResponse<String> found = librarian.get("/api/search?q=zonnebloemwijk");
        assertEquals(202, librarian.api("POST", "/api/admin/reindex", null).statusCode());
        for (int i = 0; i < 600 && fixture.reindexer.status().running(); i++) {
          Thread.sleep(100);
        }
        Thread.sleep(300);
        stop.set(true);
        for (Thread thread : threads) {
          thread.join(60_000);
        }
        assertEquals(201, created.statusCode(), created.body());
        assertTrue(found.body().contains("\"id\":\"zonnebloemwijk-nachtwacht\""), found.body());
        assertTrue(failures.isEmpty(), failures.size() + " failed, first: " + failures.peek());
        assertTrue(searches.get() > before, "searches ran during the upload: " + searches.get());
      });
    }
    // JavalinTest captures output while it runs, so the figure is printed after it
    System.out.println("UploadUnderLoadTest: " + searches.get() + " searches, 0 failed");
  }
}
