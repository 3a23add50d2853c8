package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import nl.buurtkennis.search.FixtureIndex;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import io.javalin.testtools.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticAssetsTest {
  @TempDir
  Path temp;

  @Test
  void theStyleSheetAndScriptAreServedWithTypeAndEtagAndRevalidated() throws Exception {
    try (SearchIndex index = FixtureIndex.open(temp)) {
      JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
        for (String path : new String[] {"/style.css", "/suggest.js"}) {
          Response first = client.get(path);
          assertEquals(200, first.code(), path);
          String type = first.headers().get("Content-Type").get(0);
          assertTrue(type.startsWith(path.endsWith(".css") ? "text/css" : "text/javascript"), type);
          assertTrue(first.body().string().length() > 100, path);
          String etag = first.headers().get("ETag").get(0);
          Response again = client.get(path, b -> b.header("If-None-Match", etag));
          assertEquals(304, again.code(), path);
          assertEquals("", again.body().string());
        }
        assertEquals(404, client.get("/public/style.css").code());
      });
    }
  }

  @Test
  void untilTheIndexIsOpenSearchesAreRefusedAsStartingAndPagesSaySo() throws Exception {
    CompletableFuture<Void> ready = new CompletableFuture<>();
    FixtureIndex.open(temp).close();
    Path indexDir = temp.resolve("index");
    try (SearchIndex index = SearchIndex.openAfter(ready, indexDir)) {
      JavalinTest.test(WebApp.create(UnhurriedSearch.of(index)), (server, client) -> {
        Response api = client.get("/api/search?q=bewoners");
        assertEquals(503, api.code());
        assertEquals("starting",
            new ObjectMapper().readTree(api.body().string()).get("error").asText());
        assertEquals(503, client.get("/health").code());
        Response page = client.get("/?q=bewoners&lang=en");
        assertEquals(503, page.code());
        assertTrue(page.body().string().contains("Starting up"));
        ready.complete(null);
        index.awaitOpen();
        assertEquals(200, client.get("/api/search?q=bewoners").code());
        assertEquals(200, client.get("/health").code());
      });
    }
  }
}
