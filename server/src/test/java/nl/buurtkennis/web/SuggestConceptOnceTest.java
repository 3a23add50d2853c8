package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code /api/suggest} suggests a concept once, by its label in the request's language, whether
 * what was typed matches that label, its label in the other language or one of its synonyms; a
 * document keeps its one title.
 */
class SuggestConceptOnceTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TRUST = "/?benefit=trust-police";

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void aConceptBothOfWhoseLabelsMatchIsSuggestedOnceInThePagesLanguage() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals(List.of("Trust in the police"), texts(client, "pol&lang=en", TRUST));
      assertEquals(List.of("Vertrouwen in de politie"), texts(client, "pol", TRUST));
    });
  }

  @Test
  void aConceptMatchedByItsOtherLabelOrASynonymIsSuggestedByItsLabel() {
    JavalinTest.test(app(), (server, client) -> {
      assertEquals(List.of("Vertrouwen in de politie"), texts(client, "trust%20in", TRUST));
      assertEquals(List.of("Trust in the police"), texts(client, "vertrouwen%20in&lang=en",
          TRUST));
      // Synonyms: "legitimiteit van de politie", "police legitimacy".
      assertEquals(List.of("Trust in the police"), texts(client, "legitim&lang=en", TRUST));
      assertEquals(List.of("Vertrouwen in de politie"), texts(client, "legitim", TRUST));
    });
  }

  @Test
  void noTextIsSuggestedTwiceAndTitlesStayAsTheyAre() {
    JavalinTest.test(app(), (server, client) -> {
      for (String typed : List.of("pol", "pol&lang=en", "bu", "bu&lang=en", "vertr", "tr&lang=en",
          "be", "be&lang=en")) {
        JsonNode suggestions = suggest(client, typed);
        List<String> seen = new ArrayList<>();
        for (JsonNode suggestion : suggestions) {
          seen.add(suggestion.get("text").asText().toLowerCase(java.util.Locale.ROOT));
        }
        assertEquals(seen.size(), new HashSet<>(seen).size(), typed + ": " + suggestions);
        assertTrue(suggestions.size() <= 8, typed + ": " + suggestions);
      }
      JsonNode english = suggest(client, "bemidd&lang=en").get(0);
      assertEquals("Bemiddeling tussen buren", english.get("text").asText());
      assertEquals("/documents/nl-bemiddeling?lang=en", english.get("url").asText());
    });
  }

  /** The texts of the suggestions for {@code typed} whose link starts with {@code url}. */
  private static List<String> texts(HttpClient client, String typed, String url)
      throws Exception {
    List<String> texts = new ArrayList<>();
    for (JsonNode suggestion : suggest(client, typed)) {
      if (suggestion.get("url").asText().startsWith(url)) {
        texts.add(suggestion.get("text").asText());
      }
    }
    return texts;
  }

  private static JsonNode suggest(HttpClient client, String typed) throws Exception {
    var response = client.get("/api/suggest?q=" + typed);
    assertEquals(200, response.code(), typed);
    return JSON.readTree(response.body().string()).get("suggestions");
  }

  private static Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }
}
