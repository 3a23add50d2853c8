package nl.buurtkennis.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A rendered page never holds a control character the corpus refuses; white space stays. */
class HtmlTextTest {
  @Test
  void controlCharactersAreWrittenAsTheReplacementCharacter() {
    assertEquals("<h1>Titel\uFFFDmet bel \uFFFD nul \uFFFD</h1>",
        HtmlText.withoutControlCharacters("<h1>Titel\u0007met bel \u0000 nul \u0085</h1>"));
  }

  @Test
  void tabsLineEndsAndOtherTextAreLeftAsTheyAre() {
    String page = "<pre>\tEen\r\ntwee\u200B drie</pre>\n";
    assertSame(page, HtmlText.withoutControlCharacters(page));
  }
}
