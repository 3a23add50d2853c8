package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A query is read in the same words everywhere: a stop word with an apostrophe is one word, any
 * other apostrophe separates words.
 */
class QueryWordPatternTest {
  @Test
  void aStopWordWithAnApostropheIsOneWord() {
    assertEquals(List.of("won't"), ConceptMatcher.words("won't"));
    assertEquals(List.of("don't", "worry"), ConceptMatcher.words("Don’t worry"));
    assertEquals(List.of("isn't"), ConceptMatcher.words("ISN'T"));
    assertTrue(ConceptMatcher.isStopWord(ConceptMatcher.words("won’t").get(0)));
    assertTrue(QueryWordPattern.CONTRACTIONS.containsAll(List.of("won't", "it's", "let's")));
  }

  @Test
  void anyOtherApostropheSeparatesWords() {
    assertEquals(List.of("camera", "s"), ConceptMatcher.words("camera's"));
    assertEquals(List.of("privacyrisico", "s"), ConceptMatcher.words("privacyrisico’s"));
    assertEquals(List.of("zo", "n"), ConceptMatcher.words("zo'n"));
    assertEquals(List.of("won", "ton"), ConceptMatcher.words("won'ton"));
    assertEquals(List.of("don", "tx"), ConceptMatcher.words("don'tx"));
    assertEquals(List.of("xdon", "t"), ConceptMatcher.words("xdon't"));
  }

  @Test
  void theStartOfWordsBeforeAStarIsNoWord() {
    assertEquals(List.of(), TextlessWords.WORD.matcher("bemidd*").results().toList());
  }
}
