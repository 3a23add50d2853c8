package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A hit that lacks a word of the query says so, on the page in the page's language and in JSON. */
class MissingWordsPageTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final TestIndex shipped = TestIndex.shipped();

  @Test
  void theApiAndThePageNameTheWordAHitLacks() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(shipped.index())), (server, client) -> {
      JsonNode hit = JSON.readTree(client.get("/api/search?q=kosten+buurtbemiddeling").body()
          .string()).get("hits").get(0);
      assertEquals("[\"kosten\"]", hit.get("missing").toString());
      JsonNode single = JSON.readTree(client.get("/api/search?q=buurtbemiddeling").body()
          .string()).get("hits").get(0);
      assertEquals("[]", single.get("missing").toString());
      String nl = client.get("/?q=kosten+buurtbemiddeling").body().string();
      assertTrue(nl.contains("<p class=\"missing\">Ontbreekt: <bdi>kosten</bdi></p>"), nl);
      String en = client.get("/?q=kosten+buurtbemiddeling&lang=en").body().string();
      assertTrue(en.contains("<p class=\"missing\">Missing: <bdi>kosten</bdi></p>"), en);
      assertFalse(client.get("/?q=buurtbemiddeling").body().string()
          .contains("class=\"missing\""));
    });
  }

  @Test
  void aWordIsEscapedWhereItIsNamed() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(shipped.index())), (server, client) -> {
      String page = client.get("/?q=buurtbemiddeling+kosten%3Cb%3E").body().string();
      assertTrue(page.contains("Ontbreekt: <bdi>kosten&lt;b&gt;</bdi>"), page);
    });
  }
}
