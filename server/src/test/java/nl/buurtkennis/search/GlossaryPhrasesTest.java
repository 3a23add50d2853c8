package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.taxonomy.GlossaryEntry;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A glossary entry may list a phrase ({@code young people} beside {@code youth}): the query's
 * words standing as the phrase does are translated as one, and neither of them alone.
 */
class GlossaryPhrasesTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  private static final TaxonomyLexicon LEXICON = new TaxonomyLexicon(new Taxonomy(List.of(),
      List.of(new GlossaryEntry(List.of("jongeren", "jeugd"), List.of("youth", "young people")),
          new GlossaryEntry(List.of("politie"), List.of("police"))), "test"));

  @Test
  void aRunOfWordsThatAPhraseNamesIsOneItemInAnyCaseOrInflection() {
    assertEquals(List.of("how", "to", "involve", "young people"),
        LEXICON.units("how to involve Young People"));
    assertEquals(List.of("young peoples", "police"), LEXICON.units("young peoples police"));
    assertEquals(List.of("people", "young"), LEXICON.units("people young"));
    assertEquals(List.of("young", "and", "people"), LEXICON.units("young and people"));
  }

  @Test
  void aPhraseTranslatesAsOneAndItsWordsAloneDoNot() {
    assertEquals(List.of("jongeren", "jeugd"), LEXICON.translate("young people", "nl"));
    assertEquals(List.of("jongeren", "jeugd", "politie"),
        LEXICON.translate("Young Peoples and the police", "nl"));
    for (String words : List.of("young", "people", "people young", "young and people")) {
      assertEquals(List.of(), LEXICON.translate(words, "nl"), words);
      assertEquals(List.of(), LEXICON.alternatives(words, "en"), words);
    }
  }

  @Test
  void aPhraseIsAnAlternativeOfItsEntrysWordsAndTheyOfIt() {
    assertEquals(List.of("youth", "young people"), LEXICON.alternatives("jongeren", "en"));
    assertEquals(List.of("youth"), LEXICON.alternatives("young people", "en"),
        "its other name in its own language");
    assertEquals(List.of("youth"), LEXICON.alternatives("jongeren young people", "en"),
        "a phrase the query types is searched already");
  }

  @Test
  void theParsedQuerySearchesAPhrasesTranslationAndNotForItsWordsAlone() {
    String jongeren = term("body_nl", "jongeren");
    assertTrue(termsIn(parsed("young people"), "body_nl").contains(jongeren));
    assertTrue(termsIn(parsed("how to involve young people"), "body_nl").contains(jongeren));
    for (String words : List.of("young", "people", "people young")) {
      assertFalse(termsIn(parsed(words), "body_nl").contains(jongeren), words);
    }
  }

  @Test
  void aWordsPhraseAlternativeIsSearchedAsAPhrase() {
    List<String> phrases = new ArrayList<>();
    parsed("jongeren").visit(new QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        if (query instanceof PhraseQuery && terms[0].field().equals("body_en")) {
          phrases.add(String.join(" ", List.of(terms).stream().map(Term::text).toList()));
        }
      }
    });
    assertTrue(phrases.contains(term("body_en", "young") + " " + term("body_en", "people")),
        phrases.toString());
  }

  @Test
  void youngPeopleFindsTheDutchDocumentAboutJongeren() {
    List<String> ids = ids("young people");
    int at = ids.indexOf("jongeren-en-wijkagent");
    assertTrue(at >= 0 && at < 5, ids.toString());
    assertTrue(ids.containsAll(ids("young")), "what its own words find stays");
    assertTrue(ids("how to involve young people").contains("jongeren-en-wijkagent"));
    assertFalse(ids("young").contains("jongeren-en-wijkagent"), "young alone is no jongeren");
    assertFalse(ids("people young").contains("jongeren-en-wijkagent"));
  }

  @Test
  void theSnippetMarksTheTranslationAndExplainCreditsThePhrase() {
    SearchResponse.Hit hit = shipped.service().search(new SearchRequest("young people", Map.of(),
            null, null, 1, 10, SortOrder.RELEVANCE, "en", true)).hits().stream()
        .filter(h -> h.id().equals("jongeren-en-wijkagent")).findFirst().orElseThrow();
    assertTrue(hit.snippet().contains("<mark>jongeren</mark>"), hit.snippet());
    assertTrue(hit.explain().matches().stream()
            .anyMatch(m -> "jongeren — translation of young people".equals(m.via())),
        hit.explain().toString());
  }

  @Test
  void aPhraseOfOneLanguageIsNotAskedOfTheOtherLanguagesTextsWordByWord() {
    assertEquals("", LEXICON.withoutPhrasesOfOtherLanguage("Young Peoples", "nl"));
    assertEquals("", LEXICON.withoutPhrasesOfOtherLanguage("the young people", "nl"),
        "a stop word beside it asks for nothing");
    assertEquals("young people", LEXICON.withoutPhrasesOfOtherLanguage("young people", "en"));
    assertEquals("how to involve young people", LEXICON.withoutPhrasesOfOtherLanguage(
        "how to involve young people", "nl"), "beside other words the phrase stays");
    assertEquals("young and people", LEXICON.withoutPhrasesOfOtherLanguage(
        "young and people", "nl"), "no phrase: every word stays");
  }

  @Test
  void specialConstablesFindsThePoliceVolunteersAndNotDutchTextsSayingSpeciale() {
    assertFalse(termsIn(parsed("special constables"), "title_nl")
        .contains(term("title_nl", "speciale")), "speciale is the Dutch texts' word");
    assertEquals(List.of("politievrijwilligers"), ids("special constables"));
    assertTrue(ids("special").contains("opsporingswebsites"), "the word alone still finds them");
  }

  @Test
  void besideOtherWordsAPhrasesWordThatNoTextHoldsDoesNotRaiseTheWordsATextMustHold() {
    // constables kept, three of four words were required: the texts on volunteers' powers went
    List<String> ids = ids("special constables police powers");
    assertTrue(ids.subList(0, 5).contains("neighbourhood-watch"), ids.toString());
  }

  @Test
  void aPhrasesTranslationCountsAsTheWordsTyped() {
    // An English text holding "information" and "evening" apart ranked first.
    assertEquals("buurtinformatieavond", ids("information evening").get(0));
    assertEquals("buurtinformatieavond", ids("residents evening").get(0));
  }

  @Test
  void aWordOfAPhraseThatNoTextHoldsStaysInTheSearch() {
    // No text holds enterprise; dropped, safe alone found 36 documents on safety of any kind.
    assertEquals(List.of("keurmerk-veilig-ondernemen"), ids("safe enterprise"));
  }

  @Test
  void excludingATranslationOfAPhraseItAsksForExcludesAWordItWants() {
    assertTrue(Exclusions.of("young people -jongeren").excludesAWordItWants(LEXICON));
    assertFalse(Exclusions.of("young -jongeren").excludesAWordItWants(LEXICON));
    assertEquals(List.of(), ids("young people -jongeren"));
  }

  private static Query parsed(String text) {
    UserQueryParser parser =
        new UserQueryParser(IndexSchema.queryAnalyzer(), SearchSettings.DEFAULT);
    return shipped.index().withView(view -> parser.parse(text, view));
  }

  private static List<String> termsIn(Query query, String field) {
    Set<Term> terms = new HashSet<>();
    query.visit(QueryVisitor.termCollector(terms));
    return terms.stream().filter(term -> term.field().equals(field)).map(Term::text).toList();
  }

  private static String term(String field, String word) {
    return ConceptNameQueries.terms(IndexSchema.queryAnalyzer(), field, word).iterator().next();
  }

  private static List<String> ids(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 20,
        SortOrder.RELEVANCE, "en")).hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
