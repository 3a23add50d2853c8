package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A corrected query's language: the one its words tell, when none tells the other. */
class SuggestionLanguageTest {
  @Test
  void wordsOfOneLanguageTellIt() {
    assertEquals("en", SuggestionLanguage.of("elderly"));
    assertEquals("nl", SuggestionLanguage.of("politie"));
    assertEquals("en", SuggestionLanguage.of("community policing"));
    assertEquals("nl", SuggestionLanguage.of("buurtbemiddelaars"));
  }

  @Test
  void aWordBothLanguagesOrNeitherHaveTellsNothing() {
    assertEquals("nl", SuggestionLanguage.of("burgernet politie"));
    assertNull(SuggestionLanguage.of("burgernet"));
    assertNull(SuggestionLanguage.of("112"));
  }

  @Test
  void wordsOfBothLanguagesTellNone() {
    assertNull(SuggestionLanguage.of("politie elderly"));
  }
}
