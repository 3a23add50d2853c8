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

  /** OpenTaal's list holds whatsapp (the verb's noun), so WhatsApp was Dutch on English pages. */
  @Test
  void aBrandsNameWithACapitalInsideTellsNothing() {
    assertNull(SuggestionLanguage.of("WhatsApp"));
    assertNull(KeywordLanguage.of("WhatsApp"));
    assertEquals("nl", KeywordLanguage.of("WhatsApp-buurtpreventie"));
    assertEquals("nl", SuggestionLanguage.of("POLITIE"), "capitals only are no brand");
  }

  @Test
  void wordsOfBothLanguagesTellNone() {
    assertNull(SuggestionLanguage.of("politie elderly"));
  }
}
