package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each query limit: a 400 naming it from the API, the same in words on the page. */
class QueryLimitsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void everyLimitIsA400ThatNamesIt() {
    JavalinTest.test(app(), (server, client) -> {
      assertRefused(client, "q=" + q("a ".repeat(QueryLimits.MAX_QUERY_CHARS / 2 + 1)), "q",
          "query_too_long");
      assertRefused(client, "q=" + q("a".repeat(QueryLimits.MAX_WORD_CHARS + 1)), "q",
          "word_too_long");
      assertRefused(client, "q=" + q("(".repeat(QueryLimits.MAX_DEPTH + 1) + "bewoners"), "q",
          "query_too_deep");
      assertRefused(client, "q=" + q(words(QueryLimits.MAX_WORDS + 1)), "q", "too_many_words");
      for (String wildcard : List.of("*a*", "*", "a*", "*bewoners", "bew**", "\"*\"")) {
        assertRefused(client, "q=" + q(wildcard), "q", "prefix_too_short");
      }
      assertRefused(client, "q=" + q("aa* bb* cc* dd* ee* ff*"), "q", "too_many_prefixes");
      for (String inside : List.of("bew*ners", "poli*e", "bemidd*ing", "wijk*2", "bewoners bu*u")) {
        assertRefused(client, "q=" + q(inside), "q", "wildcard_inside_word");
      }
      assertRefused(client, "page=101&size=100", "page", "result_window_exceeded");
      assertRefused(client, "page=10001", "page", "result_window_exceeded");
      assertRefused(client, "page=0", "page", "invalid_page");
      assertRefused(client, "size=0", "size", "invalid_size");
      assertRefused(client, "year_from=2020&year_to=2010", "year_to", "year_range_reversed");
      for (String single : List.of("q", "page", "size", "sort", "lang", "year_from", "explain")) {
        assertRefused(client, single + "=1&" + single + "=2", single, "repeated_parameter");
      }
      assertRefused(client, IntStream.rangeClosed(0, QueryLimits.MAX_FILTER_VALUES)
          .mapToObj(i -> "place=p" + i).collect(Collectors.joining("&")), "place",
          "too_many_values");
      assertRefused(client, "place=" + "p".repeat(QueryLimits.MAX_VALUE_CHARS + 1), "place",
          "value_too_long");
      assertRefused(client, "sort=" + "s".repeat(QueryLimits.MAX_VALUE_CHARS + 1), "sort",
          "value_too_long");
      assertRefused(client, "form=no-such-form", "form", "unknown_facet_value");
    });
  }

  @Test
  void queriesWithinTheLimitsAreAnswered() {
    JavalinTest.test(app(), (server, client) -> {
      for (String query : List.of("(".repeat(QueryLimits.MAX_DEPTH) + "bewoners"
              + ")".repeat(QueryLimits.MAX_DEPTH), words(QueryLimits.MAX_WORDS), "bew*",
          "aa* bb* cc* dd* ee*", "bew*?", "bew* ners", "bew*-ners", "a".repeat(QueryLimits.MAX_WORD_CHARS), "bewoners~2",
          "/.{100,}/", "\"(((\" bewoners", "-bewoners",
          "kindercarnavalsoptochtvoorbereidingswerkzaamheden",
          ("x".repeat(QueryLimits.MAX_WORD_CHARS) + " ").repeat(15).strip(),
          "!@#$%^&|+-~".repeat(QueryLimits.MAX_QUERY_CHARS / 11))) {
        Response response = client.get("/api/search?q=" + q(query));
        assertEquals(200, response.code(), query);
      }
    });
  }

  /**
   * Limits count characters (code points), as the README and the spec's {@code maxLength} say:
   * an emoji, two UTF-16 units in Java, is one character.
   */
  @Test
  void limitsCountCharactersNotUtf16Units() {
    String emoji = "\uD83D\uDE93";
    JavalinTest.test(app(), (server, client) -> {
      for (String query : List.of(emoji.repeat(600),
          ".".repeat(QueryLimits.MAX_QUERY_CHARS - 1) + emoji)) {
        Response response = client.get("/api/search?q=" + q(query));
        assertEquals(200, response.code(), response.body().string());
      }
      assertRefused(client, "q=" + q(emoji.repeat(QueryLimits.MAX_QUERY_CHARS + 1)), "q",
          "query_too_long");
      Response suggest = client.get("/api/suggest?q="
          + q("a".repeat(ApiController.MAX_SUGGEST_CHARS - 1) + emoji));
      assertEquals(200, suggest.code(), suggest.body().string());
      Response longSuggest = client.get("/api/suggest?q="
          + q(emoji.repeat(ApiController.MAX_SUGGEST_CHARS + 1)));
      assertEquals(400, longSuggest.code());
      for (String name : List.of("type", "sort")) {
        String value = q("a".repeat(QueryLimits.MAX_VALUE_CHARS - 1) + emoji);
        Response response = client.get("/api/search?" + name + "=" + value);
        String body = response.body().string();
        assertTrue(!body.contains("value_too_long"), name + " → " + body);
      }
      assertRefused(client, "type=" + q(emoji.repeat(QueryLimits.MAX_VALUE_CHARS + 1)), "type",
          "value_too_long");
    });
  }

  /**
   * The regex and fuzzy syntax of Lucene's classic parser is plain text here: {@code ~} and
   * {@code /} are read like any other punctuation inside a word (a word that analyses to several
   * tokens is searched like a compound, so the comparison is with the same word and other
   * punctuation, not with two words).
   */
  @Test
  void regexAndFuzzySyntaxIsReadAsWords() {
    JavalinTest.test(app(), (server, client) -> {
      long plain = total(client, "bewoners");
      assertTrue(plain > 0);
      assertEquals(total(client, "bewoners,2"), total(client, "bewoners~2"));
      assertEquals(plain, total(client, "bewoners~"));
      assertEquals(plain, total(client, "/bewoners/"));
      assertEquals(total(client, "bewoners{10000,}"), total(client, "/bewoners{10000,}/"));
    });
  }

  /** A query over Lucene's clause limit is the user's 400, whatever let it through. */
  @Test
  void tooManyClausesIsA400() {
    int before = IndexSearcher.getMaxClauseCount();
    IndexSearcher.setMaxClauseCount(8);
    try {
      JavalinTest.test(app(), (server, client) -> {
        assertRefused(client, "q=" + q("bewoners buurt preventie veiligheid"), "q",
            "too_many_clauses");
        Response page = client.get("/?q=" + q("bewoners buurt preventie veiligheid"));
        assertEquals(400, page.code());
      });
    } finally {
      IndexSearcher.setMaxClauseCount(before);
    }
  }

  @Test
  void unknownParametersAreIgnoredAndPickNoParserOrTemplate() {
    JavalinTest.test(app(), (server, client) -> {
      String plain = client.get("/api/search?q=bewoners").body().string();
      String decorated = client.get("/api/search?q=bewoners&defType=lucene&qt=%2Fselect&wt=xml"
          + "&template=error.jte&parser=regex&q.op=OR&fl=*&debug=true&json.nl=map").body().string();
      assertEquals(plain, decorated);
      String page = client.get("/?q=bewoners").body().string();
      assertEquals(page, client.get("/?q=bewoners&template=error.jte&view=..%2F..%2Fetc")
          .body().string());
    });
  }

  @Test
  void thePageShowsTheErrorInTheUsersLanguage() {
    JavalinTest.test(app(), (server, client) -> {
      Response dutch = client.get("/?q=" + q("*a*"));
      assertEquals(400, dutch.code());
      String nl = dutch.body().string();
      assertTrue(nl.contains("een * moet volgen op minstens 2 letters"), nl);
      Response inside = client.get("/?q=" + q("poli*e"));
      assertEquals(400, inside.code());
      String insideNl = inside.body().string();
      assertTrue(insideNl.contains("een * werkt alleen aan het eind van een woord"), insideNl);
      Response insideEnglish = client.get("/?lang=en&q=" + q("poli*e"));
      assertEquals(400, insideEnglish.code());
      String insideEn = insideEnglish.body().string();
      assertTrue(insideEn.contains("a * only works at the end of a word"), insideEn);
      Response english = client.get("/?lang=en&q=" + q("(".repeat(30) + "x"));
      assertEquals(400, english.code());
      assertTrue(english.body().string().contains("parentheses may nest at most 20 levels deep"));
      Response window = client.get("/?lang=en&page=1000&size=100");
      assertEquals(400, window.code());
      assertTrue(window.body().string().contains("results beyond number 10,000"));
      Response tooLong = client.get("/?q=" + q("lang ".repeat(1000)));
      assertEquals(400, tooLong.code());
      String body = tooLong.body().string();
      assertTrue(body.contains("langer dan 1.000 tekens"), body);
      assertTrue(!body.contains("lang ".repeat(201)), "the page echoes no more than the limit");
    });
  }

  private io.javalin.Javalin app() {
    return WebApp.create(UnhurriedSearch.of(fixture.index()));
  }

  private static long total(HttpClient client, String query) throws Exception {
    return JSON.readTree(client.get("/api/search?q=" + q(query)).body().string()).get("total")
        .asLong();
  }

  static void assertRefused(HttpClient client, String query, String parameter, String code)
      throws Exception {
    Response response = client.get("/api/search?" + query);
    String text = response.body().string();
    assertEquals(400, response.code(), query + " → " + text);
    JsonNode body = JSON.readTree(text);
    assertEquals(code, body.get("error").asText(), text);
    assertEquals(parameter, body.get("parameter").asText(), text);
    assertTrue(body.get("message").asText().length() > 10, text);
  }

  private static String words(int count) {
    return IntStream.range(0, count).mapToObj(i -> "woord" + (char) ('a' + i % 26) + i)
        .collect(Collectors.joining(" "));
  }

  static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
