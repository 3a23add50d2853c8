package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class AmericanSpellingFilterTest {
  private final EnglishTextAnalyzer analyzer = new EnglishTextAnalyzer(false);

  @Test
  void readsAmericanSpellingsAsTheBritishOnes() {
    for (String[] pair : new String[][] {{"organized", "organised"},
        {"stigmatization", "stigmatisation"}, {"institutionalization", "institutionalisation"},
        {"analyze", "analyse"}, {"neighborhood", "neighbourhood"}, {"neighbors", "neighbours"},
        {"behavioral", "behavioural"}, {"center", "centre"}, {"defense", "defence"},
        {"programs", "programmes"}, {"favorite", "favourite"}}) {
      assertEquals(AmericanSpellingFilter.british(pair[0]), pair[1], pair[0]);
      assertEquals(terms(pair[1]), terms(pair[0]), pair[0]);
    }
  }

  @Test
  void leavesWordsWithoutAnotherSpellingAlone() {
    for (String word : new String[] {"size", "prize", "seize", "citizen", "citizens", "motor",
        "door", "major", "laboratory", "horizon", "organ", "analysis", "police"}) {
      assertEquals(word, AmericanSpellingFilter.british(word), word);
    }
  }

  /**
   * Dutch texts quote English in either spelling ("Our Neighborhood Safe"), which the Dutch
   * fields read as the English ones do; a word of the Dutch list is meant as written.
   */
  @Test
  void dutchTextReadsAnEnglishWordsAmericanSpellingButNoDutchWord() throws java.io.IOException {
    DutchTextAnalyzer dutch = new DutchTextAnalyzer(true, true);
    assertEquals(Tokens.terms(dutch.tokenStream("body_nl", "neighbourhood behaviour")),
        Tokens.terms(dutch.tokenStream("body_nl", "neighborhood behavior")));
    for (String[] pair : new String[][] {{"center", "centre"}, {"humor", "humour"},
        {"theater", "theatre"}}) {
      assertNotEquals(Tokens.terms(dutch.tokenStream("body_nl", pair[1])),
          Tokens.terms(dutch.tokenStream("body_nl", pair[0])), pair[0]);
    }
  }

  private String terms(String text) {
    try {
      return String.join(" ", Tokens.terms(analyzer.tokenStream("body_en", text)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
