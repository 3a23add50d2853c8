package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.analysis.DutchStopWords;
import nl.buurtkennis.analysis.EnglishStopWords;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A query that finds nothing because it holds no word, or only words too common to be searched,
 * says so in its answer; and what the answer says was not searched, no language's analysis
 * searched.
 */
class QueryWordsTest {
  @RegisterExtension
  static final TestIndex fixture = TestIndex.fixture();
  /**
   * The fixture, and an English text holding {@code men} and {@code door}: Dutch stop words,
   * English words.
   */
  @RegisterExtension
  static final TestIndex withMen = new TestIndex(temp -> FixtureIndex.open(
      TempCorpus.create(temp).resources("/fixture", FixtureIndex.DOCUMENTS)
          .document("en-men.md", TempCorpus.doc("en-men", "",
              "## Visits\n\nYoung men from the neighbourhood knocked on every door in the"
                  + " street.\n")
              .replace("language: nl", "language: en")
              .replace("summary: Een korte samenvatting.", "summary: Door-to-door visits."))
          .dir(), temp));

  @Test
  void aQueryOfWordsEveryLanguageDropsSearchesNothingAndNamesThem() {
    for (var query : Map.of("is", List.of("is"), "Was in", List.of("was", "in"),
        "of in of", List.of("of", "in"), "is -whatsapp", List.of("is"),
        "\"is\"", List.of("is")).entrySet()) {
      SearchResponse response = search(fixture, query.getKey());
      assertEquals(0, response.total(), query.getKey());
      assertTrue(response.nothingSearched(), query.getKey());
      assertEquals(query.getValue(), response.stopWords(), query.getKey());
      assertEquals(List.of(), response.unmatched(), query.getKey());
    }
  }

  /**
   * An English stop word written with an apostrophe is one word, which both analyses drop whole:
   * named as typed among the stop words, and never in parts ({@code t}, {@code don}) as unmatched.
   */
  @Test
  void aContractionThatEveryLanguageDropsIsOneStopWord() {
    for (var query : Map.of("won't", List.of("won't"), "Don't", List.of("don't"),
        "isn't", List.of("isn't"), "won’t", List.of("won’t"), "it's what's",
        List.of("it's", "what's")).entrySet()) {
      SearchResponse response = search(fixture, query.getKey());
      assertEquals(0, response.total(), query.getKey());
      assertTrue(response.nothingSearched(), query.getKey());
      assertEquals(query.getValue(), response.stopWords(), query.getKey());
      assertEquals(List.of(), response.unmatched(), query.getKey());
    }
    SearchResponse withWord = search(fixture, "don't bewoners");
    assertEquals(search(fixture, "bewoners").total(), withWord.total());
    assertEquals(List.of("don't"), withWord.stopWords());
    assertEquals(List.of(), withWord.unmatched());
  }

  /**
   * An excluded word that no analysis searches excludes nothing: a query that excludes only such
   * words asks for nothing, as {@code -} alone does, and names them. Beside an exclusion that is
   * searched, it is named and the rest finds every other document.
   */
  @Test
  void excludingOnlyStopWordsSearchesNothing() {
    for (String query : new String[] {"-the", "NOT the", "-\"the\"", "-the -is", "- the"}) {
      SearchResponse response = search(fixture, query);
      assertEquals(0, response.total(), query);
      assertTrue(response.nothingSearched(), query);
      assertEquals(query.contains("is") ? List.of("the", "is") : List.of("the"),
          response.stopWords(), query);
      assertEquals(0, fixture.service().count(new SearchRequest(query, Map.of(), null, null, 1, 10,
          SortOrder.RELEVANCE, "nl")), query);
    }
    SearchResponse withWord = search(fixture, "-the -xqzv");
    assertEquals(search(fixture, "-xqzv").total(), withWord.total());
    assertFalse(withWord.nothingSearched());
    assertEquals(List.of("the"), withWord.stopWords());
  }

  @Test
  void aQueryOfOperatorsAndPunctuationAloneHoldsNoWord() {
    for (String query : new String[] {"\"", "NOT", "-", "OR", "AND", "AND OR", "\"\" -", "?"}) {
      SearchResponse response = search(fixture, query);
      assertEquals(0, response.total(), query);
      assertTrue(response.nothingSearched(), query);
      assertEquals(List.of(), response.stopWords(), query);
    }
  }

  /**
   * {@code AND} (or {@code +}) is read as an operator, not a stop word, and asks for every word:
   * each document it finds is one that each word finds alone (through its text, a concept it names
   * or its translation), and one the words without it find.
   */
  @Test
  void andInCapitalsFindsWhatEveryWordFinds() {
    for (String[] words : new String[][] {{"buurt", "bewoners"}, {"buurt", "bewoners", "politie"}}) {
      String asked = String.join(" AND ", words);
      SearchResponse joined = all(fixture, asked);
      assertTrue(joined.total() > 0, asked);
      assertTrue(ids(all(fixture, String.join(" ", words))).containsAll(ids(joined)), asked);
      for (String word : words) {
        assertTrue(ids(all(fixture, word)).containsAll(ids(joined)), asked + ": " + word);
      }
      assertEquals(ids(joined), ids(all(fixture, "+" + String.join(" +", words))), asked);
      assertEquals(List.of(), joined.stopWords());
      assertFalse(joined.nothingSearched());
    }
    assertEquals(ids(all(fixture, "buurt")), ids(all(fixture, "buurt AND de")));
  }

  @Test
  void aQueryWithAWordToSearchOrOnlyExclusionsSearches() {
    for (String query : new String[] {"", "bewoners", "is bewoners", "-xqzv", "bemidd*",
        "zebra"}) {
      assertFalse(search(fixture, query).nothingSearched(), query);
    }
    assertTrue(search(fixture, "-xqzv").total() > 0, "every document without xqzv");
    assertEquals(List.of("is"), search(fixture, "is bewoners").stopWords());
    assertFalse(search(fixture, "is*").nothingSearched(), "a prefix is searched");
  }

  /**
   * A stop word of one language that is a word of the other is searched in the other language's
   * fields: {@code men} and {@code door} in the English ones. The answer names none of them as
   * not searched, and says that something was searched. Other stop words ({@code the}, {@code de})
   * are left out of both languages' texts, and the answer names them.
   */
  @Test
  void aStopWordOfOneLanguageOnlyIsSearchedInTheOther() {
    for (String query : new String[] {"men", "door", "Men door"}) {
      SearchResponse response = search(withMen, query);
      assertEquals(List.of("en-men"), response.hits().stream().map(SearchResponse.Hit::id)
          .toList(), query);
      assertFalse(response.nothingSearched(), query);
      assertEquals(List.of(), response.stopWords(), query);
    }
    // Stop words that are no words of the other language are left out of both languages' texts
    for (String query : new String[] {"the", "What is", "de het"}) {
      SearchResponse response = search(withMen, query);
      assertTrue(response.nothingSearched(), query);
      assertEquals(ConceptMatcher.words(query), response.stopWords(), query);
    }
  }

  /**
   * The same stop words where no English text holds them ({@code van}, {@code men}, {@code door}
   * in the fixture): searched in the English fields, they find nothing there, as {@code de} does
   * in every field. The answer names them among the words too common to be searched, and says
   * that nothing was searched, as for {@code de}; they were named nowhere, so a query of them
   * alone found nothing without a word of why.
   */
  @Test
  void aStopWordOfOneLanguageThatTheOtherLanguagesTextsHoldNowhereIsNamed() {
    for (String query : new String[] {"van", "Men", "men door", "van -bewoners"}) {
      SearchResponse response = search(fixture, query);
      assertEquals(0, response.total(), query);
      assertTrue(response.nothingSearched(), query);
      assertEquals(ConceptMatcher.words(Exclusions.of(query).wanted()), response.stopWords(),
          query);
      assertEquals(List.of(), response.unmatched(), query);
    }
    SearchResponse withWord = search(fixture, "van bewoners");
    assertEquals(search(fixture, "bewoners").total(), withWord.total());
    assertFalse(withWord.nothingSearched());
    assertEquals(List.of("van"), withWord.stopWords());
    assertEquals(List.of("men"), search(fixture, "men").stopWords());
    assertEquals(List.of(), search(withMen, "men").stopWords(), "an English text holds men");
  }

  /**
   * Every stop word of either language that finds nothing alone is named as such, whichever
   * analysis searches it: a query that finds nothing always says why.
   */
  @Test
  void everyStopWordThatFindsNothingIsNamed() {
    int named = 0;
    for (String word : stopWords()) {
      SearchResponse response = search(withMen, word);
      if (response.total() == 0) {
        named++;
        assertTrue(response.nothingSearched(), word);
        assertEquals(List.of(word), response.stopWords(), word);
      }
    }
    assertTrue(named > 100, "most stop words find nothing");
  }

  /** Whatever a stop word of either language finds, the answer never says nothing was searched. */
  @Test
  void anAnswerWithHitsNeverSaysNothingWasSearched() {
    int found = 0;
    for (String word : stopWords()) {
      SearchResponse response = search(withMen, word);
      if (response.total() > 0) {
        found++;
        assertFalse(response.nothingSearched(), word);
        assertFalse(response.stopWords().contains(word), word);
      }
    }
    assertTrue(found >= 2, "men and door find the English text");
  }

  /** The stop words of both languages, once each. */
  private static List<String> stopWords() {
    Set<String> words = new LinkedHashSet<>();
    for (Object word : DutchStopWords.SET) {
      words.add(new String((char[]) word));
    }
    for (Object word : EnglishStopWords.SET) {
      words.add(new String((char[]) word));
    }
    return List.copyOf(words);
  }

  private static SearchResponse all(TestIndex index, String query) {
    return index.service().search(new SearchRequest(query, Map.of(), null, null, 1, 100,
        SortOrder.RELEVANCE, "nl"));
  }

  private static Set<String> ids(SearchResponse response) {
    Set<String> ids = new LinkedHashSet<>();
    response.hits().forEach(hit -> ids.add(hit.id()));
    return ids;
  }

  private static SearchResponse search(TestIndex index, String query) {
    return index.service().search(new SearchRequest(query, Map.of(), null, null, 1, 10,
        SortOrder.RELEVANCE, "nl"));
  }
}
