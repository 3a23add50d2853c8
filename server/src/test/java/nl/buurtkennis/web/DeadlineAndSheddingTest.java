package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.time.Duration;
import java.util.List;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.search.SearchSettings;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The deadline (a search out of time answers with what it has, marked partial; an export out of
 * time is a 503) and load shedding (searches beyond the gate's places are refused at once),
 * made deterministic with a deadline of zero and a gate whose one place a test holds.
 */
class DeadlineAndSheddingTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  private static SearchService outOfTime() {
    return new SearchService(fixture.index(), SearchSettings.DEFAULT, Duration.ZERO);
  }

  @Test
  void aSearchOutOfTimeAnswersWithWhatItHasMarkedPartial() {
    JavalinTest.test(WebApp.create(outOfTime()), (server, client) -> {
      for (String query : List.of("", "q=bewoners", "form=citizen-surveillance",
          "q=buurt&benefit=feelings&language=nl&sort=newest")) {
        Response response = client.get("/api/search?" + query);
        assertEquals(200, response.code(), query);
        JsonNode body = JSON.readTree(response.body().string());
        assertTrue(body.get("partial").asBoolean(), query);
        assertEquals(0, body.get("hits").size(), "out of time before the first document");
      }
      String page = client.get("/?q=bewoners&lang=en").body().string();
      assertTrue(page.contains("class=\"partial\""), page);
      assertTrue(page.contains("This search took too long"));
    });
  }

  /**
   * Out of time before the first document, a search knows nothing of what there is: the page
   * says it took too long and to try again, never that no document matches or to try other words.
   */
  @Test
  void aSearchOutOfTimeWithoutHitsSaysSoNotThatThereAreNone() {
    JavalinTest.test(WebApp.create(outOfTime()), (server, client) -> {
      JsonNode body = JSON.readTree(client.get("/api/search?q=bewoners").body().string());
      assertTrue(body.get("partial").asBoolean());
      assertEquals(0, body.get("total").asLong());

      String dutch = client.get("/?q=bewoners").body().string();
      assertTrue(dutch.contains("<title>Zoekopdracht naar bewoners duurde te lang"), dutch);
      assertTrue(dutch.contains(">Zoekopdracht niet afgemaakt</h2>"), dutch);
      assertTrue(dutch.contains("Deze zoekopdracht duurde te lang en is gestopt"), dutch);
      assertTrue(dutch.contains("probeer het over een ogenblik opnieuw"), dutch);
      assertFalse(dutch.contains("Geen resultaten"), dutch);
      assertFalse(dutch.contains("Geen documenten gevonden"), dutch);
      assertFalse(dutch.contains("andere woorden"), dutch);

      String english = client.get("/?q=bewoners&form=citizen-surveillance&lang=en").body()
          .string();
      assertTrue(english.contains("<title>Search for bewoners with 1 filter took too long"),
          english);
      assertTrue(english.contains(">Search not finished</h2>"), english);
      assertTrue(english.contains("please try again in a moment"), english);
      assertFalse(english.contains("No documents found"), english);
      assertFalse(english.contains("No results"), english);
    });
  }

  @Test
  void aSearchInTimeIsWhole() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      JsonNode body = JSON.readTree(client.get("/api/search?q=bewoners").body().string());
      assertFalse(body.get("partial").asBoolean());
      assertTrue(body.get("total").asLong() > 0);
      assertFalse(client.get("/?q=bewoners").body().string().contains("class=\"partial\""));
    });
  }

  /** An export or feed is whole or refused: a partial file would pass for the whole result. */
  @Test
  void anExportOutOfTimeIs503() {
    JavalinTest.test(WebApp.create(outOfTime()), (server, client) -> {
      for (String route : List.of("/api/export?format=csv", "/feed?q=bewoners")) {
        Response response = client.get(route);
        assertEquals(503, response.code(), route);
        assertEquals("search_timeout",
            JSON.readTree(response.body().string()).get("error").asText());
        assertEquals(String.valueOf(SearchGate.RETRY_AFTER_SECONDS),
            response.headers().get("Retry-After").get(0));
      }
    });
  }

  @Test
  void searchesBeyondTheGateAreRefusedAtOnceWith503() {
    SearchGate gate = new SearchGate(1, Duration.ofMillis(20));
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index()), gate), (server, client) -> {
      assertTrue(gate.enter(), "the test takes the one place");
      try {
        for (String route : List.of("/api/search?q=bewoners", "/api/export?format=ris",
            "/api/documents/nl-preventie", "/api/suggest?q=bew")) {
          long start = System.nanoTime();
          Response refused = client.get(route);
          long millis = (System.nanoTime() - start) / 1_000_000;
          assertEquals(503, refused.code(), route);
          assertEquals("overloaded", JSON.readTree(refused.body().string()).get("error").asText());
          assertEquals("1", refused.headers().get("Retry-After").get(0));
          assertTrue(millis < 5_000, "refused after a short wait, not queued: " + millis + " ms");
        }
        Response page = client.get("/?q=bewoners");
        assertEquals(503, page.code());
        assertTrue(page.body().string().contains("Even te druk"));
        assertEquals(200, client.get("/health").code(), "health is never shed");
        assertEquals(200, client.get("/style.css").code(), "files are never shed");
      } finally {
        gate.leave();
      }
      assertEquals(200, client.get("/api/search?q=bewoners").code());
    });
  }

  /** Every answer gives its place back, errors included, or the gate would close for good. */
  @Test
  void theGateIsFreedAfterEveryKindOfAnswer() {
    SearchGate gate = new SearchGate(1, Duration.ofMillis(20));
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index()), gate), (server, client) -> {
      for (int round = 0; round < 3; round++) {
        for (String route : List.of("/api/search?page=0", "/?q=*a", "/api/documents/none",
            "/api/documents/NOT_AN_ID", "/documents/Not%20an%20id", "/documents/..%2f..",
            "/api/export?format=xls", "/api/search?q=bewoners", "/", "/api/search?form=nonsense")) {
          assertTrue(client.get(route).code() < 500, route);
        }
      }
      assertTrue(gate.enter(), "the place is free again");
      gate.leave();
    });
  }
}
