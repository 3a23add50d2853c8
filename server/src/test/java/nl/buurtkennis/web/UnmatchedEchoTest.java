package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The words no document holds are named as the user typed them, in lower case: the search folds
 * {@code coördinatie} to {@code coordinatie} to look it up, but the user did not type that.
 */
class UnmatchedEchoTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void theApiAndThePageNameUnmatchedWordsAsTyped() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      JsonNode body = JSON.readTree(client.get("/api/search?q=Co%C3%B6rdinatie").body().string());
      assertEquals("[\"coördinatie\"]", body.get("unmatched").toString());
      JsonNode plain = JSON.readTree(client.get("/api/search?q=coordinatie").body().string());
      assertEquals("[\"coordinatie\"]", plain.get("unmatched").toString());
      JsonNode twice = JSON.readTree(
          client.get("/api/search?q=bewoners+Z%C3%A9bra+XQZV+zebra").body().string());
      assertEquals("[\"zébra\",\"xqzv\"]", twice.get("unmatched").toString());
      String en = client.get("/?q=co%C3%B6rdinatie&lang=en").body().string();
      assertTrue(en.contains("No document contains: <bdi>coördinatie</bdi>.</p>"), en);
      String nl = client.get("/?q=co%C3%B6rdinatie").body().string();
      assertTrue(nl.contains("Geen document bevat: <bdi>coördinatie</bdi>.</p>"), nl);
      // Without zebra, only the exclusion would be left, which asks for every other document
      JsonNode excluded = JSON.readTree(client.get("/api/search?q=zebra+-xqzv").body().string());
      assertEquals(0, excluded.get("total").asInt());
      assertEquals("[\"zebra\"]", excluded.get("unmatched").toString());
      String page = client.get("/?q=zebra+-xqzv").body().string();
      assertTrue(page.contains("Geen document bevat: <bdi>zebra</bdi>.</p>"), page);
    });
  }
}
