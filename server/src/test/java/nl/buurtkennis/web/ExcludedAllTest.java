package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A search that finds nothing only because what it excludes is in every document the rest of it
 * finds ({@code police -police}, {@code politie -police}) says so, in the API and on the page,
 * rather than "no documents found, try other words".
 */
class ExcludedAllTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void theApiNamesTheExclusionsThatLeaveNothing() {
    JavalinTest.test(app(), (server, client) -> {
      assertTrue(json(client, "/api/search?q=police").get("total").asLong() > 0);
      JsonNode cancelled = json(client, "/api/search?q=police+-police");
      assertEquals(0, cancelled.get("total").asLong());
      assertEquals("[\"police\"]", cancelled.get("excluded_all").toString());
      // a translation excluded: police is politie's
      assertEquals("[\"police\"]",
          json(client, "/api/search?q=politie+NOT+police").get("excluded_all").toString());
      // only the exclusions that leave something out: not a stop word, not a word no text holds
      assertEquals("[\"police\"]", json(client, "/api/search?q=police+-police+-the+-xyzzy")
          .get("excluded_all").toString());
      // found, or nothing to exclude from, or nothing searched: empty
      assertEquals("[]", json(client, "/api/search?q=police").get("excluded_all").toString());
      assertEquals("[]", json(client, "/api/search?q=zebra+-police").get("excluded_all")
          .toString());
      assertEquals("[]", json(client, "/api/search?q=-the").get("excluded_all").toString());
      // the filters count: what the rest finds among the documents selected
      assertEquals("[\"police\"]", json(client, "/api/search?q=-police&form=contact")
          .get("excluded_all").toString());
    });
  }

  @Test
  void thePageSaysWhyInTheLanguageAsked() {
    JavalinTest.test(app(), (server, client) -> {
      String dutch = client.get("/?q=police+-police").body().string();
      assertTrue(dutch.contains("bevat wat u uitsluit (<bdi>police</bdi>)"), dutch);
      assertFalse(dutch.contains(Messages.of("nl").get("results.none.unfiltered")), dutch);
      String english = client.get("/?q=police+-police&lang=en").body().string();
      assertTrue(english.contains("holds what you exclude (<bdi>police</bdi>), as the word or as"
          + " another name or translation of it."), english);
    });
  }

  private static JsonNode json(HttpClient client, String path) throws Exception {
    var answer = client.get(path);
    String body = answer.body().string();
    assertEquals(200, answer.code(), path + body);
    return JSON.readTree(body);
  }

  private static Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }
}
