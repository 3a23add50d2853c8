package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.search.FixtureIndex;
import nl.buurtkennis.search.SearchIndex;
import nl.buurtkennis.search.SearchRequest;
import nl.buurtkennis.search.SearchResponse;
import nl.buurtkennis.search.SearchService;
import nl.buurtkennis.search.UnhurriedSearch;
import nl.buurtkennis.search.SortOrder;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document and its translation: a query in either language finds both, its own language's
 * version first, and each page links to the other.
 */
class TranslationTest {
  @TempDir
  static Path temp;
  private static SearchIndex index;
  private static SearchService service;

  @BeforeAll
  static void open() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("avondrondes.md", TempCorpus.doc("avondrondes", "",
            "## Rondes\n\nBewoners lopen 's avonds rondes door de wijk en letten op zwerfvuil.\n"))
        .document("evening-rounds.md", TempCorpus.doc("evening-rounds", "translation: avondrondes\n",
            "## Rounds\n\nResidents walk rounds through the district at night, watching for"
                + " litter.\n").replace("language: nl", "language: en")
            .replace("title: Titel van evening-rounds", "title: Evening rounds"))
        .document("schouw.md", TempCorpus.doc("schouw", "",
            "## Schouw\n\nBewoners en gemeente lopen samen door de straat.\n"));
    index = FixtureIndex.open(corpus.dir(), temp);
    service = UnhurriedSearch.of(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void aQueryFindsTheTranslationBelowTheDocumentItself() {
    assertEquals(List.of("evening-rounds", "avondrondes"), ids(search("litter", "en")));
    assertEquals(List.of("avondrondes", "evening-rounds"), ids(search("zwerfvuil", "nl")));
  }

  @Test
  void ofADocumentAndItsTranslationThePagesLanguageRanksFirst() {
    assertEquals(List.of("avondrondes", "evening-rounds"), ids(search("litter", "nl")));
    assertEquals(List.of("evening-rounds", "avondrondes"), ids(search("zwerfvuil", "en")));
    assertFalse(ids(search("lopen")).isEmpty());
    assertFalse(ids(search("litter")).contains("schouw"), "no translation, no match");
  }

  /**
   * A document and its translation share their source's year: sorted by year, the one in the
   * page's language comes first, as by relevance, in the search, its pages and the exports.
   */
  @Test
  void byYearTheTranslationInThePagesLanguageComesFirst() {
    for (SortOrder sort : List.of(SortOrder.NEWEST, SortOrder.OLDEST)) {
      for (String query : List.of("litter", "zwerfvuil")) {
        assertEquals(List.of("evening-rounds", "avondrondes"),
            ids(service.search(sorted(query, sort, "en"))), query + " " + sort);
        assertEquals(List.of("avondrondes", "evening-rounds"),
            ids(service.search(sorted(query, sort, "nl"))), query + " " + sort);
        assertEquals(List.of("evening-rounds", "avondrondes"), service
            .allDocuments(sorted(query, sort, "en"), 10).stream().map(d -> d.id()).toList());
      }
    }
  }

  @Test
  void theFeedListsTheTranslationInThePagesLanguageFirst() {
    JavalinTest.test(WebApp.create(service), (server, client) -> {
      String english = client.get("/feed?q=zwerfvuil&lang=en").body().string();
      assertTrue(english.indexOf("evening-rounds") >= 0
          && english.indexOf("evening-rounds") < english.indexOf("avondrondes"), english);
      String dutch = client.get("/feed?q=litter").body().string();
      assertTrue(dutch.indexOf("avondrondes") >= 0
          && dutch.indexOf("avondrondes") < dutch.indexOf("evening-rounds"), dutch);
    });
  }

  private static SearchRequest sorted(String query, SortOrder sort, String lang) {
    return new SearchRequest(query, Map.of(), null, null, 1, 10, sort, lang, false);
  }

  @Test
  void explainNamesTheTranslationField() {
    var hit = service.search(new SearchRequest("litter", Map.of(), null, null, 1, 10,
        SortOrder.RELEVANCE, "nl", true)).hits().stream()
        .filter(h -> h.id().equals("avondrondes")).findFirst().orElseThrow();
    assertTrue(hit.explain().matches().stream()
        .anyMatch(m -> m.field().equals("translation_body_en") && m.score() > 0),
        hit.explain().toString());
  }

  @Test
  void eachPageAndRecordNamesTheOther() {
    JavalinTest.test(WebApp.create(service), (server, client) -> {
      String page = client.get("/documents/avondrondes").body().string();
      assertTrue(page.contains("<th scope=\"row\">In het Engels</th><td><a"
          + " href=\"/documents/evening-rounds\" hreflang=\"en\" lang=\"en\">Evening rounds</a>"),
          page);
      String english = client.get("/documents/evening-rounds?lang=en").body().string();
      assertTrue(english.contains("<th scope=\"row\">In Dutch</th><td><a"
          + " href=\"/documents/avondrondes?lang=en\" hreflang=\"nl\" lang=\"nl\">"), english);
      var json = new ObjectMapper().readTree(client.get("/api/documents/avondrondes").body()
          .string());
      assertEquals("evening-rounds", json.get("translation").asText(),
          "the link given in the other file");
      assertFalse(json.get("related").toString().contains("evening-rounds"),
          "the translation has its own link, not a place among the related documents");
      assertFalse(client.get("/documents/schouw").body().string().contains("In het Engels"));
    });
  }

  @Test
  void relatedDocumentsListADocumentAndItsTranslationOnceInThePagesLanguage() {
    JavalinTest.test(WebApp.create(service), (server, client) -> {
      ObjectMapper mapper = new ObjectMapper();
      assertEquals(List.of("avondrondes"), relatedIds(mapper.readTree(
          client.get("/api/documents/schouw").body().string())));
      assertEquals(List.of("evening-rounds"), relatedIds(mapper.readTree(
          client.get("/api/documents/schouw?lang=en").body().string())));
      String dutch = client.get("/documents/schouw").body().string();
      assertTrue(dutch.contains("href=\"/documents/avondrondes\""), dutch);
      assertFalse(dutch.contains("evening-rounds"), dutch);
      String english = client.get("/documents/schouw?lang=en").body().string();
      assertTrue(english.contains("href=\"/documents/evening-rounds?lang=en\""), english);
      assertFalse(english.contains("avondrondes"), english);
    });
  }

  private static List<String> relatedIds(JsonNode document) {
    List<String> ids = new ArrayList<>();
    document.get("related").forEach(related -> ids.add(related.get("id").asText()));
    return ids;
  }

  private static SearchResponse search(String query) {
    return search(query, "nl");
  }

  private static SearchResponse search(String query, String lang) {
    return service.search(new SearchRequest(query, Map.of(), null, null, 1, 10,
        SortOrder.RELEVANCE, lang, false));
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(h -> h.id()).toList();
  }
}
