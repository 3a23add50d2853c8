package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.testtools.HttpClient;
import io.javalin.testtools.JavalinTest;
import java.util.List;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The strength of evidence is a facet that only filters: a word that names it or one of its
 * levels is found in no document, and the page points to the filter instead, by the taxonomy's
 * labels and synonyms in either language.
 */
class EvidenceHintTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final TestIndex shipped = TestIndex.shipped();

  @Test
  void aWordNamingTheFacetLeadsToTheFacetSelectingNothing() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(shipped.index())), (server, client) -> {
      Facet facet = shipped.service().taxonomy().facet("evidence").orElseThrow();
      for (String[] asked : new String[][] {{"/?q=evidence&lang=en", "en", "/?lang=en"},
          {"/?q=what+is+the+evidence&lang=en", "en", "/?lang=en"},
          {"/?q=evidence", "nl", "/"}, {"/?q=politie+evidence", "nl", "/?q=politie"}}) {
        Messages msg = Messages.of(asked[1]);
        String label = facet.label().in(asked[1]);
        String url = asked[2] + "#facet-evidence";
        String page = page(client, asked[0]);
        assertTrue(page.contains("<p class=\"facet-hint\">"
            + msg.format("evidence.hint.facet", label) + " <a href=\"" + url.replace("&", "&amp;")
            + "\">" + msg.format("evidence.hint.facet.link", label) + "</a></p>"), page);
        String target = page(client, url);
        assertTrue(target.contains("<fieldset class=\"facet\" id=\"facet-evidence\">"), target);
        assertFalse(target.contains("class=\"facet-hint\""), target);
      }
    });
  }

  /** A level's label or synonym, in either language, selects that level where documents have it. */
  @Test
  void wordsNamingALevelSelectIt() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(shipped.index())), (server, client) -> {
      Facet facet = shipped.service().taxonomy().facet("evidence").orElseThrow();
      Concept reported = facet.concept("reported").orElseThrow();
      for (String[] asked : new String[][] {{"/?q=zelfrapportage", "nl", "/?evidence=reported"},
          {"/?q=anecdotal&lang=en", "en", "/?lang=en&evidence=reported"}}) {
        Messages msg = Messages.of(asked[1]);
        String level = reported.label().in(asked[1]);
        String page = page(client, asked[0]);
        assertTrue(page.contains("<p class=\"facet-hint\">"
            + msg.format("evidence.hint.level", level, facet.label().in(asked[1]))
            + " <a href=\"" + asked[2].replace("&", "&amp;") + "\">"
            + msg.format("evidence.hint.level.link", level, facet.label().in(asked[1]))
            + "</a></p>"), page);
      }
      assertTrue(JSON.readTree(client.get("/api/search?evidence=reported").body().string())
          .get("total").asInt() > 0);
    });
  }

  /**
   * A phrase of only common words that names a level ({@code before and after}) gets the hint
   * too; where no document has the level, the link leads to the facet, not to no results.
   */
  @Test
  void aLevelNoDocumentHasLeadsToTheFacet() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(shipped.index())), (server, client) -> {
      assertEquals(0, JSON.readTree(client.get("/api/search?evidence=before-after").body()
          .string()).get("total").asInt());
      String level = shipped.service().taxonomy().facet("evidence").orElseThrow()
          .concept("before-after").orElseThrow().label().en();
      Messages msg = Messages.of("en");
      String page = page(client, "/?q=before+and+after&lang=en");
      assertTrue(page.contains("<p class=\"facet-hint\">"
          + msg.format("evidence.hint.level.none", level, "Strength of evidence")
          + " <a href=\"/?lang=en#facet-evidence\">"
          + msg.format("evidence.hint.facet.link", "Strength of evidence") + "</a></p>"), page);
    });
  }

  /**
   * A query that is a whole name of a level gets the hint though texts hold its words: {@code
   * control group} finds texts on social control and on groups, none on the evidence level.
   */
  @Test
  void aWholeNameOfALevelGetsTheHintThoughItsWordsAreFound() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(shipped.index())), (server, client) -> {
      assertTrue(JSON.readTree(client.get("/api/search?q=control+group&lang=en").body().string())
          .get("total").asInt() > 0, "the words are found");
      String level = shipped.service().taxonomy().facet("evidence").orElseThrow()
          .concept("comparison-group").orElseThrow().label().en();
      Messages msg = Messages.of("en");
      String page = page(client, "/?q=control+group&lang=en");
      assertTrue(page.contains("<p class=\"facet-hint\">"
          + msg.format("evidence.hint.level.none", level, "Strength of evidence")), page);
      assertFalse(page(client, "/?q=control&lang=en").contains("class=\"facet-hint\""),
          "one word of a name is no name");
      // the link leaves out every word of the name, also those that texts hold
      for (String query : List.of("comparison+group", "randomised+controlled+trial",
          "matched+comparison")) {
        String named = page(client, "/?q=" + query + "&lang=en");
        assertTrue(named.contains("<a href=\"/?lang=en#facet-evidence\">"), query + ": " + named);
      }
    });
  }

  @Test
  void otherWordsAndChosenLevelsGetNoHint() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(shipped.index())), (server, client) -> {
      for (String asked : List.of("/?q=zebra&lang=en", "/?q=politie", "/?q=de+het+een",
          "/?q=evidence&evidence=descriptive&lang=en", "/?q=%22")) {
        String page = page(client, asked);
        assertFalse(page.contains("class=\"facet-hint\""), asked + ": " + page);
      }
      assertEquals(0, JSON.readTree(client.get("/api/search?q=evidence").body().string())
          .get("total").asInt(), "evidence is still no word any document holds");
    });
  }

  private static String page(HttpClient client, String path) throws Exception {
    return client.get(path).body().string();
  }
}
