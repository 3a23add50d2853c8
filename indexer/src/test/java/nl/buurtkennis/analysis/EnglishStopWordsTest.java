package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** Snowball's English stop words, but a word that the vocabulary's names use. */
class EnglishStopWordsTest {
  private static final Analyzer INDEXING = LanguageAnalyzer.forIndexing();

  @Test
  void beingIsAWordOfItsOwn() {
    assertFalse(EnglishStopWords.SET.contains("being"));
    assertTrue(EnglishStopWords.SET.contains("the"));
    assertTrue(EnglishStopWords.SET.contains("been"));
  }

  /**
   * The auxiliaries Snowball's list leaves out are stop words here, as their Dutch counterparts
   * are in the Dutch list: {@code what can residents do} asked for {@code can}.
   */
  @Test
  void auxiliariesAreStopWordsAsTheDutchOnesAre() throws IOException {
    for (String auxiliary : new String[] {"can", "will", "shall", "may", "might", "must"}) {
      assertTrue(Tokens.terms(INDEXING.tokenStream("body_en", auxiliary)).isEmpty(), auxiliary);
    }
    assertTrue(Tokens.terms(INDEXING.tokenStream("body_nl", "kan")).isEmpty());
    assertEquals(Tokens.terms(INDEXING.tokenStream("body_en", "residents burglary")),
        Tokens.terms(INDEXING.tokenStream("body_en", "can residents will burglary")));
  }

  /** The name well-being was the word well, which every "as well as" holds. */
  @Test
  void wellBeingIsNotTheWordWell() throws IOException {
    assertNotEquals(Tokens.terms(INDEXING.tokenStream("body_en", "well")),
        Tokens.terms(INDEXING.tokenStream("body_en", "well-being")));
  }
}
