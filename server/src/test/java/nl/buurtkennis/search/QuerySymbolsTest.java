package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * The symbols and emoji that each language's analysis keeps as terms, though they are no words,
 * are read as spaces in a query; words of any script, digits and punctuation stay.
 */
class QuerySymbolsTest {
  private static final Analyzer ANALYZER = IndexSchema.queryAnalyzer();

  @Test
  void theAnalysisKeepsSymbolsAsTerms() throws IOException {
    // What made politie © require a ©: both languages' analyses keep it, as the index's do.
    for (String symbol : List.of("©", "™", "®", "★", "🚓", "👮")) {
      for (String language : IndexSchema.LANGUAGES) {
        assertEquals(List.of(symbol + " <EMOJI>"),
            terms(IndexSchema.field(IndexSchema.BODY, language), symbol), symbol);
      }
    }
  }

  @Test
  void symbolsAndEmojiBecomeSpaces() {
    assertEquals("politie  ", QuerySymbols.blanked("politie ©", ANALYZER));
    assertEquals("politie   ", QuerySymbols.blanked("politie 🚓", ANALYZER),
        "a space for each char of a surrogate pair");
    assertEquals("politie 2020", QuerySymbols.blanked("politie©2020", ANALYZER));
    assertEquals("   buurt", QuerySymbols.blanked("™★®buurt", ANALYZER));
    for (String emoji : List.of("👮\u200d♀️", "👍🏽", "❤️", "🇳🇱", "1\ufe0f\u20e3")) {
      String text = "buurt " + emoji + " preventie";
      assertEquals("buurt " + " ".repeat(emoji.length()) + " preventie",
          QuerySymbols.blanked(text, ANALYZER), emoji);
    }
    assertEquals("\"buurt   preventie\" -   ",
        QuerySymbols.blanked("\"buurt © preventie\" -🚓 ", ANALYZER));
  }

  @Test
  void wordsDigitsAndPunctuationStay() {
    for (String text : List.of("coördinatie", "café € 5,50 §3 ½ 20°", "警察 полиция شرطة",
        "vertrouwen in de politie?", "Text alert (SMS-alert)", "politie-app -wiet", "")) {
      assertSame(text, QuerySymbols.blanked(text, ANALYZER), text);
    }
    assertEquals(null, QuerySymbols.blanked(null, ANALYZER));
  }

  @Test
  void noAsciiCharacterIsASymbol() throws IOException {
    // What lets a query in ASCII alone skip the analysis.
    String ascii = IntStream.range(0x21, 0x7f).mapToObj(c -> Character.toString((char) c))
        .collect(Collectors.joining());
    for (String text : List.of(ascii, String.join(" ", ascii.split("")))) {
      for (String language : IndexSchema.LANGUAGES) {
        assertEquals(List.of(), terms(IndexSchema.field(IndexSchema.BODY, language), text)
            .stream().filter(term -> term.endsWith("<EMOJI>")).toList());
      }
    }
    assertNotEquals(List.of(), terms(IndexSchema.field(IndexSchema.BODY, "nl"), ascii));
  }

  private static List<String> terms(String field, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = ANALYZER.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term + " " + type.type());
      }
      tokens.end();
    }
    return terms;
  }
}
