package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.search.SearchResponse.Hit;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A word excluded with {@code -} or {@code NOT} leaves out every document that holds it, in its
 * own text or its translation's, whichever way the rest of the query found the document (its
 * words, the concepts they name, their translation); and the excluded word names no concept.
 */
class ExclusionTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();
  private static Corpus corpus;

  @BeforeAll
  static void open() throws Exception {
    corpus = CorpusLoader.load(TempCorpus.shippedCorpus()).orThrow();
  }

  @Test
  void anExcludedWordLeavesOutEveryDocumentHoldingIt() {
    Set<String> holding = holding("whatsapp");
    assertTrue(holding.size() >= 3, "the corpus should have documents about WhatsApp groups");
    List<String> all = ids("buurtpreventie");
    assertTrue(all.stream().anyMatch(holding::contains), all.toString());
    List<String> expected = all.stream().filter(id -> !holding.contains(id)).toList();
    assertEquals(expected, ids("buurtpreventie -whatsapp"));
    assertEquals(expected, ids("buurtpreventie NOT whatsapp"));
  }

  @Test
  void anExcludedWordLeavesOutItsTranslationAsASearchFindsIt() {
    Set<String> holdingPolitie = holding("politie");
    List<String> all = ids("trust");
    assertTrue(all.stream().anyMatch(holdingPolitie::contains), all.toString());
    List<String> hits = ids("trust -police");
    assertFalse(hits.isEmpty());
    assertFalse(hits.stream().anyMatch(holdingPolitie::contains), hits.toString());
    assertFalse(hits.stream().anyMatch(holding("police")::contains), hits.toString());
    assertEquals(all.stream().filter(hits::contains).toList(), hits, "the order is kept");
  }

  @Test
  void anExcludedWordLeavesOutItsOtherNamesInTheGlossaryAsASearchFindsThem() {
    // A search for wiet finds the texts on hennep; excluding wiet leaves them out.
    Set<String> holdingHennep = holding("hennep");
    List<String> all = ids("melden");
    assertTrue(all.stream().anyMatch(holdingHennep::contains), all.toString());
    List<String> hits = ids("melden -wiet");
    assertFalse(hits.isEmpty());
    assertFalse(hits.stream().anyMatch(holdingHennep::contains), hits.toString());
  }

  @Test
  void aWordBothAskedForAndExcludedFindsNothing() {
    for (String query : List.of("police -police", "police NOT police", "politie -politie",
        "camera -camera", "trust -Trust")) {
      assertEquals(List.of(), ids(query), query);
    }
    assertFalse(ids("trust -police").isEmpty());
  }

  @Test
  void anExcludedPhraseLeavesOutTheDocumentsHoldingIt() {
    Set<String> holding = holding("vertrouwen in de politie");
    List<String> all = ids("wijkagent");
    assertTrue(all.stream().anyMatch(holding::contains), all.toString());
    List<String> hits = ids("wijkagent -\"vertrouwen in de politie\"");
    assertFalse(hits.stream().anyMatch(holding::contains), hits.toString());
    assertEquals(all.stream().filter(hits::contains).toList(), hits, "the order is kept");
  }

  @Test
  void anExclusionAloneFindsEveryOtherDocument() {
    assertEquals(corpus.documents().size() - holding("whatsapp").size(),
        search("-whatsapp").total());
  }

  @Test
  void theTextIsSplitIntoWhatIsWantedAndWhatIsExcluded() {
    assertEquals(new Exclusions("buurtpreventie", List.of("whatsapp")),
        Exclusions.of("buurtpreventie -whatsapp"));
    assertEquals(new Exclusions("buurtpreventie", List.of("whatsapp")),
        Exclusions.of("buurtpreventie NOT whatsapp"));
    assertEquals(new Exclusions("a c", List.of("\"b b\"", "(d e)")),
        Exclusions.of("a -\"b b\" c -(d e)"));
    assertEquals(new Exclusions("", List.of("whatsapp")), Exclusions.of("-whatsapp"));
    for (String kept : new String[] {"WhatsApp-groep  buurt", "\"a -b\" c", "(a -b) c",
        "a | -b", "a -"}) {
      assertEquals(new Exclusions(kept, List.of()), Exclusions.of(kept),
          "excludes nothing from the whole query: " + kept);
    }
  }

  /** The documents whose title, summary, keywords or body, or those of their translation, hold
   * {@code text}. */
  private static Set<String> holding(String text) {
    return corpus.documents().stream()
        .filter(doc -> holds(doc, text) || corpus.translation(doc).map(t -> holds(t, text))
            .orElse(false))
        .map(CorpusDocument::id).collect(Collectors.toSet());
  }

  private static boolean holds(CorpusDocument doc, String text) {
    String all = String.join(" ", doc.title(), doc.summary(), String.join(" ", doc.keywords()),
        doc.bodyText());
    return all.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").contains(text);
  }

  private static List<String> ids(String query) {
    return search(query).hits().stream().map(Hit::id).toList();
  }

  private static SearchResponse search(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 100,
        SortOrder.RELEVANCE, "nl"));
  }
}
