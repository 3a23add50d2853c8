package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.eval.JudgedSet;
import nl.buurtkennis.search.SearchResponse.Hit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code explain=true} explains the order the hits are in: down a page ranked by relevance the
 * explained scores never go up, and each hit's matches add up to its score, so that a librarian
 * can see from them why a hit ranks where it does. The judged queries, on the shipped corpus,
 * in both languages; the pairs of a document and its translation change places among them.
 */
class ExplainedOrderTest {
  @RegisterExtension
  static final TestIndex shipped = TestIndex.shipped();

  /** Scores are floats summed in another order: this much apart, relative, they are equal. */
  private static final double EPSILON = 1e-4;

  private static SearchService service;

  private static SearchService service() {
    if (service == null) {
      // no time limit on explaining: every hit must be explained
      service = new SearchService(shipped.index(), SearchSettings.DEFAULT,
          Duration.ofMinutes(5), Duration.ofMinutes(5));
    }
    return service;
  }

  @Test
  void explainedScoresGoDownThePageAndTheMatchesAddUpToThem() throws IOException {
    int hits = 0;
    int swapped = 0;
    for (String query : judgedQueries()) {
      for (String lang : List.of("nl", "en")) {
        List<Hit> page = explained(query, lang, 1, LanguagePairs.WINDOW);
        assertOrdered(page, query + " " + lang);
        for (Hit hit : page) {
          assertAddsUp(hit, query + " " + lang);
          swapped += hit.explain().score() != hit.explain().queryScore() ? 1 : 0;
        }
        hits += page.size();
      }
    }
    assertTrue(hits > 1000, "hits explained: " + hits);
    assertTrue(swapped > 50, "hits that changed places with their translation: " + swapped);
  }

  @Test
  void aTypedWordThatTranslatesAnotherIsExplainedWhereItCountsAsTheTranslation() {
    // misdaad is typed, and a translation of crime: it counts again in the texts that hold a
    // translation of each word, as no alternative of the query does
    for (String lang : List.of("nl", "en")) {
      for (Hit hit : explained("Anonymous crime reporting (Meld Misdaad Anoniem)", lang, 1,
          LanguagePairs.WINDOW)) {
        assertAddsUp(hit, "Meld Misdaad Anoniem " + lang);
      }
    }
  }

  @Test
  void explainedScoresGoDownFromOnePageToTheNext() {
    for (String query : List.of("Burgernet", "politie", "Police Kids", "buurtbemiddeling")) {
      for (String lang : List.of("nl", "en")) {
        List<Hit> pages = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
          pages.addAll(explained(query, lang, page, 7));
        }
        assertOrdered(pages, query + " " + lang + " by 7");
        assertEquals(explained(query, lang, 1, 21).stream().map(h -> h.explain().score())
            .toList(), pages.stream().map(h -> h.explain().score()).toList(), query + " " + lang);
      }
    }
  }

  @Test
  void aHitThatMovedToItsTranslationsPlaceSaysByHowMuch() {
    List<Hit> page = explained("Burgernet", "en", 1, 10);
    Hit up = page.stream().filter(h -> "burgernet".equals(h.explain().inPlaceOf())).findFirst()
        .orElseThrow(() -> new AssertionError("no hit in place of burgernet: " + page));
    Hit down = page.stream().filter(h -> h.id().equals("burgernet")).findFirst().orElseThrow();
    assertEquals(up.id(), down.explain().placeTakenBy());
    // they swapped the scores their places were ranked by
    assertEquals(down.explain().queryScore(), up.explain().score());
    assertEquals(up.explain().queryScore(), down.explain().score());
    HitExplanation.Match moved = pair(up);
    assertEquals("en", moved.field());
    assertEquals("burgernet", moved.text());
    assertTrue(moved.score() > 0, up.explain().toString());
    assertTrue(pair(down).score() < 0, down.explain().toString());
    assertEquals(null, down.explain().inPlaceOf());
  }

  @Test
  void aPageOfTheNewestFirstIsExplainedByTheQueryScore() {
    SearchRequest request = new SearchRequest("politie", Map.of(), null, null, 1, 20,
        SortOrder.NEWEST, "en", true);
    for (Hit hit : service().search(request).hits()) {
      assertEquals(hit.explain().queryScore(), hit.explain().score(), hit.id());
      assertTrue(hit.explain().matches().stream()
          .noneMatch(m -> m.kind().equals(HitExplanation.LANGUAGE_PAIR)), hit.id());
      assertAddsUp(hit, "politie newest");
    }
  }

  private static HitExplanation.Match pair(Hit hit) {
    return hit.explain().matches().stream()
        .filter(m -> m.kind().equals(HitExplanation.LANGUAGE_PAIR)).findFirst()
        .orElseThrow(() -> new AssertionError("no language-pair: " + hit.explain()));
  }

  private static void assertOrdered(List<Hit> hits, String what) {
    for (int i = 1; i < hits.size(); i++) {
      HitExplanation above = hits.get(i - 1).explain();
      HitExplanation below = hits.get(i).explain();
      assertTrue(below.score() <= above.score(), what + ": " + hits.get(i).id() + " at "
          + (i + 1) + " scores " + below.score() + ", above " + hits.get(i - 1).id() + "'s "
          + above.score());
    }
  }

  /**
   * The matches add up to the score, and all but the change of places to the query's score; the
   * matches as typed and through the glossary account for it, with no rest.
   */
  private static void assertAddsUp(Hit hit, String what) {
    HitExplanation explain = hit.explain();
    double all = 0;
    double query = 0;
    for (HitExplanation.Match match : explain.matches()) {
      all += match.score();
      if (!match.kind().equals(HitExplanation.LANGUAGE_PAIR)) {
        query += match.score();
      }
      assertTrue(!match.kind().equals(HitExplanation.REST),
          what + ": " + hit.id() + " has a rest: " + explain);
    }
    assertClose(explain.score(), all, what + ": " + hit.id() + " " + explain);
    assertClose(explain.queryScore(), query, what + ": " + hit.id() + " " + explain);
  }

  private static void assertClose(double expected, double actual, String what) {
    assertTrue(Math.abs(expected - actual) <= EPSILON * Math.max(1, Math.abs(expected)),
        what + ": " + actual + " for " + expected);
  }

  private static List<Hit> explained(String query, String lang, int page, int size) {
    List<Hit> hits = service().search(new SearchRequest(query, Map.of(), null, null, page, size,
        SortOrder.RELEVANCE, lang, true)).hits();
    hits.forEach(hit -> assertTrue(hit.explain() != null, query + ": " + hit.id()));
    return hits;
  }

  private static List<String> judgedQueries() throws IOException {
    Path root = Path.of("").toAbsolutePath();
    while (!Files.isRegularFile(root.resolve("eval").resolve("queries.tsv"))) {
      root = root.getParent();
    }
    return JudgedSet.load(root.resolve("eval")).queries().stream().map(JudgedSet.Query::text)
        .distinct().toList();
  }
}
