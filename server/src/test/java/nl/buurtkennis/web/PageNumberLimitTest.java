package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.util.List;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A page number past the last result that can be shown is refused for that limit, however far
 * past it is (beyond an {@code int} too), on the page in both languages and in the API alike; a
 * page number that is no whole number from 1 is refused for that.
 */
class PageNumberLimitTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> TOO_FAR = List.of("1001", "10000", "10001", "20000",
      "2147483648", "99999999999", "9".repeat(QueryLimits.MAX_VALUE_CHARS));

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void thePageNamesTheResultLimitForEveryPageNumberTooFar() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      for (String page : TOO_FAR) {
        Response dutch = client.get("/?page=" + page);
        assertEquals(400, dutch.code(), page);
        assertTrue(dutch.body().string().contains("Ongeldige zoekopdracht (paginanummer):"
            + " verder dan resultaat 10.000 kan niet; verfijn de zoekopdracht."), page);
        Response english = client.get("/?page=" + page + "&lang=en");
        assertEquals(400, english.code(), page);
        assertTrue(english.body().string().contains("Invalid search (page number): results"
            + " beyond number 10,000 cannot be shown; narrow the search."), page);
      }
      assertTrue(client.get("/?page=0&lang=en").body().string().contains("Invalid search"
          + " (page number): the page number must be a whole number from 1."));
      assertEquals(200, client.get("/?page=1000").code(), "the last page that can be shown");
    });
  }

  @Test
  void theApiNamesTheSameLimitForTheSameValues() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      for (String page : TOO_FAR) {
        JsonNode dutch = JSON.readTree(client.get("/api/search?page=" + page).body().string());
        assertEquals("result_window_exceeded", dutch.get("error").asText(), page);
        assertEquals("page", dutch.get("parameter").asText(), page);
        assertEquals("page × size mag niet groter zijn dan 10000; verfijn liever de zoekopdracht",
            dutch.get("message").asText(), page);
        JsonNode english = JSON.readTree(client.get("/api/search?lang=en&page=" + page).body()
            .string());
        assertEquals("page × size may not exceed 10000; narrow the search instead",
            english.get("message").asText(), page);
      }
      for (String page : List.of("0", "00", "two", "-1", "2.0")) {
        JsonNode error = JSON.readTree(client.get("/api/search?page=" + page).body().string());
        assertEquals("invalid_page", error.get("error").asText(), page);
      }
    });
  }
}
