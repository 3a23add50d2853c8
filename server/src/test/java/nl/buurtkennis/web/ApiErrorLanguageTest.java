package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The API's error messages are Dutch by default and English with {@code lang=en}, as the pages
 * are; the code and the parameter, which scripts read, are the same in both.
 */
class ApiErrorLanguageTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  /**
   * An invalid {@code lang} is the error, whatever else is wrong with the request and whatever
   * the id's shape, so that every other error can be told in the language asked for.
   */
  @Test
  void anInvalidLangIsFoundBeforeAnyOtherError() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      for (String request : java.util.List.of("/api/documents/nope?lang=xx",
          "/api/documents/Nope?lang=xx", "/api/documents/Nope/cite?lang=xx",
          "/api/documents/nope/cite?format=doc&lang=xx", "/api/search?size=0&lang=xx",
          "/api/search?q=" + "(".repeat(30) + "&lang=xx", "/api/export?format=doc&lang=xx",
          "/api/map?rows=form&cols=form&lang=xx", "/feed?q=*&lang=xx")) {
        var response = client.get(request);
        String body = response.body().string();
        assertEquals(400, response.code(), request + " → " + body);
        assertEquals("invalid_lang", JSON.readTree(body).get("error").asText(), request);
      }
      String english = client.get("/api/documents/Nope?lang=en-GB").body().string();
      assertTrue(english.contains("no document with this id"), english);
    });
  }

  @Test
  void anErrorIsToldInDutchByDefaultAndInEnglishWithLangEn() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String[][] cases = {
          {"/api/search?form=bogus", "unknown_facet_value",
              "'bogus' is geen waarde van facet 'form'",
              "'bogus' is not a value of facet 'form'"},
          {"/api/search?year_from=2020&year_to=2000", "year_range_reversed",
              "year_from (2020) ligt na year_to (2000)",
              "year_from (2020) is later than year_to (2000)"},
          {"/api/search?page=0", "invalid_page",
              "page moet een heel getal van 1 tot en met 10000 zijn",
              "page must be a whole number from 1 to 10000"},
          {"/api/search?page=200&size=100", "result_window_exceeded",
              "page × size mag niet groter zijn dan 10000; verfijn liever de zoekopdracht",
              "page × size may not exceed 10000; narrow the search instead"},
          {"/api/search?sort=random", "invalid_sort", "sort moet relevance, newest of oldest zijn",
              "sort must be relevance, newest or oldest"},
          {"/api/export?format=doc", "invalid_format", "format moet csv, ris of bibtex zijn",
              "format must be csv, ris or bibtex"},
          {"/api/documents/nl-preventie/cite?format=doc", "invalid_format",
              "format moet ris, bibtex of text zijn", "format must be ris, bibtex or text"},
          {"/api/map?rows=form&cols=form", "same_dimension",
              "rows en cols moeten verschillende facetten zijn",
              "rows and cols must be different facets"},
          {"/api/documents/no-such-doc", "not_found", "geen document met id 'no-such-doc'",
              "no document with id 'no-such-doc'"},
          {"/api/documents/Nope", "not_found",
              "geen document met dit id: een id bestaat uit 2 tot 80 kleine letters, cijfers en"
                  + " koppeltekens, te beginnen met een letter of cijfer",
              "no document with this id: an id is 2 to 80 lower-case letters, digits and"
                  + " hyphens, starting with a letter or digit"},
          {"/api/documents/Nope/cite?format=ris", "not_found",
              "geen document met dit id: een id bestaat uit 2 tot 80 kleine letters, cijfers en"
                  + " koppeltekens, te beginnen met een letter of cijfer",
              "no document with this id: an id is 2 to 80 lower-case letters, digits and"
                  + " hyphens, starting with a letter or digit"},
          {"/api/documents/nope/cite?format=ris", "not_found", "geen document met id 'nope'",
              "no document with id 'nope'"},
          {"/api/no-such-endpoint", "not_found",
              "dit adres is geen onderdeel van de API; /openapi.json beschrijft de API",
              "no such endpoint; /openapi.json describes the API"}};
      for (String[] c : cases) {
        for (String lang : new String[] {"", "nl", "en"}) {
          String path = c[0] + (lang.isEmpty() ? "" : (c[0].contains("?") ? "&" : "?")
              + "lang=" + lang);
          JsonNode error = JSON.readTree(client.get(path).body().string());
          assertEquals(c[1], error.get("error").asText(), path);
          assertEquals("en".equals(lang) ? c[3] : c[2], error.get("message").asText(), path);
        }
      }
      JsonNode posted = JSON.readTree(client.post("/api/search", "").body().string());
      assertEquals("dit adres beantwoordt geen POST", posted.get("message").asText());
    });
  }

  /**
   * The document page says what the API says of a document that is not there: the id it has no
   * document for, or, for a text that is no id, what an id is.
   */
  @Test
  void theDocumentPageTellsAMissingDocumentInTheWordsOfTheApi() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String[][] cases = {
          {"/documents/nope", "Er is geen document met id nope.",
              "There is no document with id nope."},
          {"/documents/Nope", "Er is geen document met dit id: een id bestaat uit 2 tot 80 kleine"
              + " letters, cijfers en koppeltekens, te beginnen met een letter of cijfer.",
              "There is no document with this id: an id is 2 to 80 lower-case letters, digits and"
                  + " hyphens, starting with a letter or digit."}};
      for (String[] c : cases) {
        var dutch = client.get(c[0]);
        assertEquals(404, dutch.code(), c[0]);
        String nl = dutch.body().string();
        assertTrue(nl.contains(c[1]), nl);
        var english = client.get(c[0] + "?lang=en");
        assertEquals(404, english.code(), c[0]);
        String en = english.body().string();
        assertTrue(en.contains(c[2]), en);
      }
    });
  }

  @Test
  void aBadlyEncodedParameterIsToldInTheLanguageAskedFor() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      JsonNode dutch = JSON.readTree(RawHttp.get(server.port(), "/api/search?q=%zz").body());
      assertEquals("bad_encoding", dutch.get("error").asText());
      assertEquals("q bevat een onjuiste %-code of bytes die geen UTF-8 zijn",
          dutch.get("message").asText());
      JsonNode english = JSON.readTree(RawHttp.get(server.port(), "/api/search?q=%zz&lang=en")
          .body());
      assertEquals("q holds a malformed percent-escape or bytes that are not UTF-8",
          english.get("message").asText());
      JsonNode path = JSON.readTree(RawHttp.get(server.port(), "/api/documents/%zz?lang=en")
          .body());
      assertEquals("bad_encoding", path.get("error").asText());
      assertTrue(path.get("message").asText().startsWith("the path holds"), path.toString());
    });
  }

  @Test
  void everyMessageOfTheApiIsInBothLanguages() throws IOException {
    assertEquals(apiKeys("en"), apiKeys("nl"));
    assertTrue(apiKeys("nl").size() > 30, apiKeys("nl").toString());
  }

  private static Set<String> apiKeys(String lang) throws IOException {
    Properties messages = new Properties();
    try (InputStream in = ApiErrorLanguageTest.class.getResourceAsStream(
        "/messages_" + lang + ".properties")) {
      messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    return messages.stringPropertyNames().stream().filter(k -> k.startsWith("api.error."))
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
