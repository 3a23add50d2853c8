package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A search that finds nothing says why when its query does: it holds no word at all, or only words
 * too common to be searched.
 */
class EmptySearchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void theApiNamesStopWordsAndSaysWhenNothingIsSearched() {
    JavalinTest.test(app(), (server, client) -> {
      JsonNode stop = JSON.readTree(client.get("/api/search?q=was+in").body().string());
      assertEquals("[\"was\",\"in\"]", stop.get("stop_words").toString());
      assertTrue(stop.get("nothing_searched").asBoolean(), stop.toString());
      JsonNode none = JSON.readTree(client.get("/api/search?q=NOT").body().string());
      assertEquals("[]", none.get("stop_words").toString());
      assertTrue(none.get("nothing_searched").asBoolean(), none.toString());
      JsonNode words = JSON.readTree(client.get("/api/search?q=is+bewoners").body().string());
      assertEquals("[\"is\"]", words.get("stop_words").toString());
      assertFalse(words.get("nothing_searched").asBoolean(), words.toString());
      // what is an English stop word, which Dutch texts leave out too
      JsonNode what = JSON.readTree(client.get("/api/search?q=what+is").body().string());
      assertEquals("[\"what\",\"is\"]", what.get("stop_words").toString());
      assertTrue(what.get("nothing_searched").asBoolean(), what.toString());
      // door is a Dutch stop word but an English word, which the English analysis searches; no
      // English text of the fixture holds it, so it finds nothing, and is named as de is
      for (String word : new String[] {"door", "de"}) {
        JsonNode alone = JSON.readTree(client.get("/api/search?q=" + word).body().string());
        assertEquals(0, alone.get("total").asLong(), alone.toString());
        assertEquals("[\"" + word + "\"]", alone.get("stop_words").toString());
        assertEquals("[]", alone.get("unmatched").toString());
        assertTrue(alone.get("nothing_searched").asBoolean(), alone.toString());
      }
    });
  }

  @Test
  void aPageWithoutHitsHasNoEmptyListOfHits() {
    JavalinTest.test(app(), (server, client) -> {
      for (String path : new String[] {"/?q=zzzzqqq", "/?q=bewoners&page=99",
          "/?q=zzzzqqq&lang=en", "/?q=the"}) {
        String html = client.get(path).body().string();
        assertTrue(html.contains("<p class=\"none\">"), path + html);
        assertFalse(html.contains("class=\"hits\""), path + ": a list of nothing: " + html);
      }
      String found = client.get("/?q=bewoners").body().string();
      assertTrue(found.contains("<ol class=\"hits\" start=\"1\">"), found);
    });
  }

  @Test
  void thePageSaysWhyAQueryOfStopWordsOrOperatorsFindsNothing() {
    JavalinTest.test(app(), (server, client) -> {
      String is = page(client, "is", "en");
      assertTrue(is.contains("<p class=\"none\">Your search holds only very common words (<bdi>is</bdi>),"
          + " which are not searched; add a word that says what you are looking for.</p>"), is);
      assertFalse(is.contains("No documents found"), is);
      assertTrue(page(client, "was in", "en").contains("common words (<bdi>was</bdi>, <bdi>in</bdi>)"));
      assertTrue(page(client, "in of", "nl").contains("<p class=\"none\">Uw zoekopdracht bevat"
          + " alleen heel gewone woorden (<bdi>in</bdi>, <bdi>of</bdi>); daarop wordt niet gezocht."));
      assertTrue(page(client, "the", "en").contains("common words (<bdi>the</bdi>)"));
      // Dutch stop words that are English words no English text holds: found nowhere, as de
      assertTrue(page(client, "van", "nl").contains("<p class=\"none\">Uw zoekopdracht bevat"
          + " alleen heel gewone woorden (<bdi>van</bdi>); daarop wordt niet gezocht."));
      assertTrue(page(client, "Men", "en").contains("<p class=\"none\">Your search holds only"
          + " very common words (<bdi>men</bdi>), which are not searched;"));
      for (String query : new String[] {"\"", "NOT", "-"}) {
        String en = page(client, query, "en");
        assertTrue(en.contains("<p class=\"none\">Your search holds no words, only signs such as"
            + " quotes, a minus or NOT."), query + en);
        assertTrue(page(client, query, "nl").contains("<p class=\"none\">Uw zoekopdracht bevat"
            + " geen woorden"), query);
      }
      String filtered = page(client, "bewoners&year_from=1950&year_to=1951", "en");
      assertTrue(filtered.contains("No documents found. Try other words or remove a filter."),
          filtered);
      assertFalse(page(client, "bewoners&year_from=1950&year_to=1951", "nl")
          .contains("Probeer andere woorden.<"), "a filter is set");
    });
  }

  @Test
  void onlyASearchWithAFilterIsAskedToRemoveOne() {
    JavalinTest.test(app(), (server, client) -> {
      String en = page(client, "zebra", "en");
      assertTrue(en.contains("<p class=\"none\">No documents found. Try other words.</p>"), en);
      String nl = page(client, "zebra", "nl");
      assertTrue(nl.contains("<p class=\"none\">Geen documenten gevonden. Probeer andere woorden."
          + "</p>"), nl);
      String facet = page(client, "zebra&language=en", "nl");
      assertTrue(facet.contains("<p class=\"none\">Geen documenten gevonden. Probeer andere"
          + " woorden of verwijder een filter.</p>"), facet);
      assertTrue(page(client, "zebra&year_to=2000", "en").contains("or remove a filter."));
    });
  }

  @Test
  void aPageBeyondOnePageOfResultsNamesThatOnePage() {
    JavalinTest.test(app(), (server, client) -> {
      long total = JSON.readTree(client.get("/api/search").body().string()).get("total").asLong();
      assertTrue(total > 1 && total <= 10, "the fixture's results fit on one page");
      String en = client.get("/?page=5&lang=en").body().string();
      assertTrue(en.contains("This page is empty: the " + total + " results are on page 1."), en);
      String nl = client.get("/?page=5").body().string();
      assertTrue(nl.contains("Deze pagina is leeg: de " + total + " resultaten staan op pagina 1."),
          nl);
      String one = client.get("/?size=1&page=" + (total + 2) + "&lang=en").body().string();
      assertTrue(one.contains("the " + total + " results are on pages 1 to " + total + "."), one);
      String single = client.get("/?year_from=1950&size=1&page=3&lang=en&q=verlichting").body().string();
      long found = JSON.readTree(client.get("/api/search?q=verlichting").body().string()).get("total")
          .asLong();
      assertEquals(1, found, "one fixture document holds verlichting");
      assertTrue(single.contains("This page is empty: the one result is on page 1."), single);
      assertTrue(client.get("/?q=verlichting&page=3").body().string()
          .contains("Deze pagina is leeg: het enige resultaat staat op pagina 1."));
    });
  }

  private static String page(io.javalin.testtools.HttpClient client, String query, String lang)
      throws Exception {
    String q = query.contains("&") || query.contains("%") ? query : encode(query);
    return client.get("/?q=" + q + ("en".equals(lang) ? "&lang=en" : "")).body().string();
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }
}
