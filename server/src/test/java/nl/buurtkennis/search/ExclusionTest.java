package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.search.SearchResponse.Hit;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A word excluded with {@code -} or {@code NOT} leaves out every document that holds it, in its
 * own text or its translation's, whichever way the rest of the query found the document (its
 * words, the concepts they name, their translation); and the excluded word names no concept. An
 * excluded Dutch compound also leaves out the texts that hold all its parts in one field, as a
 * search for it finds them, but not those holding only some of them.
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
    assertSameHits(expected, ids("buurtpreventie -whatsapp"));
    assertSameHits(expected, ids("buurtpreventie NOT whatsapp"));
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
    assertSameHits(all.stream().filter(hits::contains).toList(), hits);
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
  void anExcludedCompoundThatNoTextHoldsLeavesOutWhatASearchFindsThroughAllItsParts() {
    // No text holds wietteelt; a search for it finds the texts holding teelt and hennep, the
    // glossary's other name of wiet, in one field, as it would find the compound itself.
    assertEquals(Set.of(), holding("wietteelt"));
    Set<String> byItsParts = holdingWholeOrAllParts("wietteelt",
        List.of(List.of("wiet", "hennep"), List.of("teelt")));
    assertTrue(byItsParts.contains("hennepteelt-melden"), byItsParts.toString());
    assertTrue(ids("wietteelt").containsAll(byItsParts), ids("wietteelt").toString());
    List<String> all = ids("melden");
    assertTrue(all.contains("hennepteelt-melden"), all.toString());
    List<String> expected = all.stream().filter(id -> !byItsParts.contains(id)).toList();
    assertSameHits(expected, ids("melden -wietteelt"));
    assertSameHits(expected, ids("melden NOT wietteelt"));
    assertEquals(ids("melden -wietteelt"),
        search("melden -wietteelt", true).hits().stream().map(Hit::id).toList(),
        "explained, the search finds the same");
  }

  @Test
  void anExcludedCompoundThatTextsHoldLeavesOutOnlyTheTextsHoldingIt() {
    Set<String> whole = holdingWholeOrAllParts("buurtpreventie", List.of());
    Set<String> byItsParts = holdingWholeOrAllParts("buurtpreventie",
        List.of(List.of("buurt"), List.of("preventie")));
    assertTrue(byItsParts.size() > whole.size(), "some texts hold both parts apart");
    List<String> all = ids("melden");
    List<String> hits = ids("melden -buurtpreventie");
    assertSameHits(all.stream().filter(id -> !whole.contains(id)).toList(), hits);
    // A text holding buurt and preventie apart stays, and so does one tagged with the concept.
    assertTrue(hits.stream().anyMatch(byItsParts::contains), hits.toString());
    assertTrue(hits.contains("burgernet"), "tagged with the concept, no text with the word");
  }

  @Test
  void anExcludedPhraseOfACompoundsPartsLeavesOutTheCompound() {
    // "buurt preventie" finds the texts writing buurtpreventie; excluded, it leaves them out.
    assertEquals(ids("melden -buurtpreventie"), ids("melden -\"buurt preventie\""));
  }

  @Test
  void anExcludedHyphenatedWordLeavesOutWhatTheWordWrittenAsOneDoes() {
    // A hyphen joins a compound's parts: wiet-teelt is wietteelt, buurt-preventie buurtpreventie.
    assertTrue(ids("melden -wietteelt").size() < ids("melden").size());
    for (String query : List.of("melden -wiet-teelt", "melden NOT wiet-teelt",
        "melden -Wiet-Teelt")) {
      assertEquals(ids("melden -wietteelt"), ids(query), query);
    }
    assertEquals(ids("-wietteelt"), ids("-wiet-teelt"));
    // Not a text holding buurt in one place and preventie in another.
    assertEquals(ids("politie -buurtpreventie"), ids("politie -buurt-preventie"));
    assertEquals(ids("buurt -whatsappgroep"), ids("buurt -WhatsApp-groep"));
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
  void anExclusionAfterAlternativesLeavesItOutOfAllOfThem() {
    Set<String> holdingPolitie = holding("politie");
    // Not whatsapp, which finds only texts holding politie since it no longer finds every text
    // tagged with citizen surveillance (ConceptQualifierTest).
    List<String> hits = ids("opzoomeren OR burgernet -police");
    assertFalse(hits.isEmpty());
    assertFalse(hits.stream().anyMatch(holdingPolitie::contains), hits.toString());
    assertEquals(hits, ids("opzoomeren OR burgernet NOT police"));
    assertEquals(hits, ids("opzoomeren | burgernet -police"));
    assertFalse(ids("hennep OR burgernet -hennep").stream()
        .anyMatch(holding("hennep")::contains));
    // An exclusion that is part of one alternative stays there.
    assertTrue(ids("burgernet -politie | whatsapp").containsAll(ids("whatsapp")));
  }

  @Test
  void aWordExcludedAsWrittenApartWhileAskedForFindsNothing() {
    for (String query : List.of("buurtpreventie -buurt-preventie",
        "buurtpreventie -\"buurt preventie\"", "whatsappgroep -whatsapp-groep")) {
      assertEquals(List.of(), ids(query), query);
    }
  }

  @Test
  void aWordWhoseTranslationIsExcludedFindsNothing() {
    // Excluding police leaves out the texts holding politie; the concepts politie names found
    // two documents holding neither word.
    for (String query : List.of("politie -police", "police -politie", "Politie NOT police")) {
      assertEquals(List.of(), ids(query), query);
    }
    assertFalse(ids("vertrouwen -police").isEmpty());
  }

  @Test
  void anExcludedPhraseLeavesOutTheDocumentsHoldingIt() {
    Set<String> holding = holding("vertrouwen in de politie");
    List<String> all = ids("wijkagent");
    assertTrue(all.stream().anyMatch(holding::contains), all.toString());
    List<String> hits = ids("wijkagent -\"vertrouwen in de politie\"");
    assertFalse(hits.stream().anyMatch(holding::contains), hits.toString());
    assertSameHits(all.stream().filter(hits::contains).toList(), hits);
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
    assertEquals(new Exclusions("melden", List.of("wiet-teelt")),
        Exclusions.of("melden -wiet-teelt"));
    assertEquals(List.of("wietteelt", "\"wiet teelt\""), Exclusions.readings("wiet-teelt"));
    assertEquals(List.of("\"wiet teelt\""), Exclusions.readings("\"wiet teelt\""));
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

  /**
   * The documents, read from the index, one of whose text fields (title, summary, keywords, body,
   * or those of their translation) holds {@code word} in its language's analysis, or one of whose
   * Dutch text fields holds each of {@code parts}, a part as any of the words listed for it.
   */
  private static Set<String> holdingWholeOrAllParts(String word, List<List<String>> parts) {
    List<String> names = List.of(IndexSchema.TITLE, IndexSchema.SUMMARY, IndexSchema.KEYWORDS,
        IndexSchema.BODY, IndexSchema.TRANSLATION, IndexSchema.TRANSLATION_BODY);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String language : IndexSchema.LANGUAGES) {
      for (String name : names) {
        String field = IndexSchema.field(name, language);
        any.add(new TermQuery(new Term(field, term(field, word))), BooleanClause.Occur.SHOULD);
        if (language.equals("nl") && !parts.isEmpty()) {
          BooleanQuery.Builder all = new BooleanQuery.Builder();
          for (List<String> part : parts) {
            BooleanQuery.Builder anyName = new BooleanQuery.Builder();
            for (String partName : part) {
              anyName.add(new TermQuery(new Term(field, term(field, partName))),
                  BooleanClause.Occur.SHOULD);
            }
            all.add(anyName.build(), BooleanClause.Occur.MUST);
          }
          any.add(all.build(), BooleanClause.Occur.SHOULD);
        }
      }
    }
    Query query = any.build();
    return shipped.index().withView(view -> {
      Set<String> ids = new HashSet<>();
      for (ScoreDoc hit : view.search(query, 1000).scoreDocs) {
        ids.add(view.storedFields().document(hit.doc).get(IndexSchema.ID));
      }
      return ids;
    });
  }

  /** The one term the query analysis reads {@code word} as in {@code field}. */
  private static String term(String field, String word) {
    try (TokenStream tokens = IndexSchema.queryAnalyzer().tokenStream(field, word)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      assertTrue(tokens.incrementToken(), word);
      String read = term.toString();
      assertFalse(tokens.incrementToken(), word);
      tokens.end();
      return read;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The same hits in the same order, but for a document and its translation, which may trade
   * places by the page's language where fewer hits bring both among the first ({@link
   * LanguagePairs}): each pair is compared at the better of its places.
   */
  private static void assertSameHits(List<String> expected, List<String> actual) {
    assertEquals(Set.copyOf(expected), Set.copyOf(actual));
    assertEquals(pairsAtTheirPlace(expected), pairsAtTheirPlace(actual), "the order is kept");
  }

  private static List<String> pairsAtTheirPlace(List<String> ids) {
    return ids.stream().map(id -> corpus.documents().stream()
            .filter(doc -> doc.id().equals(id)).findFirst()
            .flatMap(doc -> corpus.translation(doc))
            .map(other -> other.id().compareTo(id) < 0 ? other.id() : id)
            .orElse(id))
        .distinct().toList();
  }

  private static List<String> ids(String query) {
    return search(query).hits().stream().map(Hit::id).toList();
  }

  private static SearchResponse search(String query) {
    return search(query, false);
  }

  private static SearchResponse search(String query, boolean explain) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 100,
        SortOrder.RELEVANCE, "nl", explain));
  }
}
