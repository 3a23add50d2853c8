package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.search.ConceptMatcher;
import nl.buurtkennis.search.TestIndex;
import nl.buurtkennis.search.UnhurriedSearch;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Text in the other language than the page's is marked with its language, so that a screen reader
 * reads {@code waardering} as Dutch on an English page: the synonyms by the language the taxonomy
 * lists them under, the search tips' examples by the language they are searches in.
 */
class LanguageMarkupTest {
  private static final Pattern SYNONYMS = Pattern.compile("<p class=\"synonyms\">(.*?)</p>");

  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();

  @Test
  void synonymsOfTheOtherLanguageAreMarkedAsTheTaxonomyListsThem() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      Taxonomy taxonomy = UnhurriedSearch.of(fixture.index()).taxonomy();
      for (String lang : List.of("en", "nl")) {
        String html = client.get("/vocabulary" + ("en".equals(lang) ? "?lang=en" : ""))
            .body().string();
        List<String> shown = new ArrayList<>();
        Matcher paragraph = SYNONYMS.matcher(html);
        while (paragraph.find()) {
          shown.add(unescape(paragraph.group(1)));
        }
        assertEquals(expected(taxonomy, lang), shown, lang);
      }
      String en = client.get("/vocabulary?lang=en").body().string();
      assertTrue(en.contains("satisfaction with policy (in Dutch: <span lang=\"nl\">waardering,"
          + " gehoord worden"), en);
    });
  }

  @Test
  void searchTipsMarkTheExamplesInTheOtherLanguage() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String en = client.get("/?lang=en").body().string();
      assertTrue(en.contains("<code lang=\"nl\">buurtpreventie -whatsapp</code>"), en);
      assertTrue(en.contains("<code lang=\"nl\">burgerwacht OR buurtwacht</code>"), en);
      assertTrue(en.contains("<code lang=\"nl\">vertrouwen in de politie</code>"), en);
      assertTrue(en.contains("<code>mediat*</code>"), en);
      String nl = client.get("/").body().string();
      assertTrue(nl.contains("<code>buurtpreventie -whatsapp</code>"), nl);
      assertTrue(nl.contains("<code>burgerwacht OR buurtwacht</code>"), nl);
      assertTrue(nl.contains("<code lang=\"en\">neighbourhood mediation</code>"), nl);
    });
  }

  @Test
  void aCitedTitleCarriesItsDocumentsLanguage() {
    JavalinTest.test(WebApp.create(UnhurriedSearch.of(fixture.index())), (server, client) -> {
      String en = client.get("/documents/nl-preventie?lang=en").body().string();
      assertTrue(en.contains("<span lang=\"nl\"><cite><bdi>Bewonerspreventie in de straat"), en);
    });
  }

  /** Each concept's synonyms paragraph, in page order, as the page should show it. */
  private static List<String> expected(Taxonomy taxonomy, String lang) {
    List<String> paragraphs = new ArrayList<>();
    for (Facet facet : taxonomy.facets()) {
      String label = "en".equals(lang)
          ? (isSearched(facet) ? "Also searched as" : "Also known as")
          : (isSearched(facet) ? "Ook gezocht als" : "Ook bekend als");
      walk(facet.roots(), lang, label, paragraphs);
    }
    return paragraphs;
  }

  private static void walk(List<Concept> concepts, String lang, String label,
      List<String> paragraphs) {
    String other = "en".equals(lang) ? "nl" : "en";
    for (Concept concept : concepts) {
      List<String> own = distinct(concept.synonyms(lang), List.of());
      List<String> others = distinct(concept.synonyms(other), own);
      if (!own.isEmpty() || !others.isEmpty()) {
        String text = label + ": " + String.join(", ", own);
        if (!others.isEmpty()) {
          text += (own.isEmpty() ? "" : " ") + "("
              + ("en".equals(lang) ? "in Dutch" : "in het Engels") + ": <span lang=\"" + other
              + "\">" + String.join(", ", others) + "</span>)";
        }
        paragraphs.add(text);
      }
      walk(concept.children(), lang, label, paragraphs);
    }
  }

  private static boolean isSearched(Facet facet) {
    return ConceptMatcher.TOPIC_FACETS.contains(facet.id());
  }

  private static List<String> distinct(List<String> synonyms, List<String> shown) {
    Set<String> seen = new HashSet<>();
    shown.forEach(s -> seen.add(s.toLowerCase(Locale.ROOT)));
    return synonyms.stream().filter(s -> seen.add(s.toLowerCase(Locale.ROOT))).toList();
  }

  private static String unescape(String html) {
    return html.replace("&#39;", "'").replace("&#34;", "\"").replace("&quot;", "\"")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }
}
