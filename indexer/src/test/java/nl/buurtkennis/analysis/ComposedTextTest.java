package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * A letter written with its accent apart (NFD: o and U+0308) and words holding a soft hyphen or a
 * zero-width space, as copied text has them, are analysed as the words typed plainly.
 */
class ComposedTextTest {
  private static final Analyzer INDEXING = LanguageAnalyzer.forIndexing();
  private static final Analyzer QUERIES = LanguageAnalyzer.forQueries();
  private static final String DECOMPOSED = "buurtcoo\u0308rdinator";

  @Test
  void aLetterWithItsAccentApartIsTheAccentedLetter() throws IOException {
    for (String field : List.of("body_nl", "body_en", "place", "spell")) {
      assertEquals(terms(INDEXING, field, "buurtcoördinator"), terms(INDEXING, field, DECOMPOSED),
          field);
      assertEquals(terms(QUERIES, field, "café"), terms(QUERIES, field, "cafe\u0301"), field);
    }
  }

  @Test
  void invisibleCharactersInsideAWordAreLeftOut() throws IOException {
    assertEquals(terms(QUERIES, "body_nl", "buurtpreventie"),
        terms(QUERIES, "body_nl", "bu\u00ADurt\u00ADpre\u00ADven\u00ADtie"));
    assertEquals(terms(INDEXING, "body_nl", "buurtpreventie"),
        terms(INDEXING, "body_nl", "buurt\u200Bpreventie"));
    assertEquals(terms(QUERIES, "body_en", "privacy"), terms(QUERIES, "body_en", "priva\u00ADcy"));
  }

  /** The highlighter marks the word as the text writes it, accent and all. */
  @Test
  void theWordsOffsetsAreThoseOfTheTextAsWritten() throws IOException {
    String text = "de " + DECOMPOSED + " belt";
    int end = 3 + DECOMPOSED.length();
    assertEquals(List.of("de@0-2", "buurtcoordinator@3-" + end,
            "belt@" + (end + 1) + "-" + (end + 5)),
        Tokens.withOffsets(INDEXING.tokenStream("place", text)));
  }

  @Test
  void theQueryTextIsComposedAndCleanedAsTheAnalysisReadsIt() {
    assertEquals("buurtcoördinator", ComposedText.of(DECOMPOSED));
    assertEquals("buurtpreventie", ComposedText.of("buurt\u00ADpreventie"));
    assertEquals("plain text", ComposedText.of("plain text"));
  }

  private static List<String> terms(Analyzer analyzer, String field, String text)
      throws IOException {
    return Tokens.terms(analyzer.tokenStream(field, text));
  }

  /**
   * The reader gives a text without accents apart or invisible characters as it is, and any
   * other through the mapping: the same characters and offsets as the mapping alone gives, also
   * where such a character stands after the first chunk read.
   */
  @Test
  void theReaderReadsAsTheMappingAlone() throws IOException {
    String long_ = "buurtpreventie en wijkveiligheid ".repeat(20);
    for (String text : List.of("", "plain text", "café coördinatie ĳs", DECOMPOSED,
        "de " + DECOMPOSED + " belt", "bu\u00ADurt\u200Bpre\u2060ven\uFEFFtie",
        long_ + DECOMPOSED + long_, long_ + "U\u0308\u0304 e\u0301" + long_ + "\u00AD",
        long_, "o\u0308", "\u0308 alone")) {
      Reader mapping = ComposedText.mapping(new StringReader(text));
      CharFilter reader = (CharFilter) ComposedText.reader(new StringReader(text));
      String expected = readAll(mapping);
      assertEquals(expected, readAll(reader), text);
      for (int offset = 0; offset <= expected.length(); offset++) {
        assertEquals(((CharFilter) mapping).correctOffset(offset), reader.correctOffset(offset),
            text + " @" + offset);
      }
    }
  }

  @Test
  void onlyAnAccentApartOrAnInvisibleCharacterMayChangeAText() {
    assertFalse(ComposedText.mayChange("café coördinatie ĳs Ærø ǖ – “quoted” 12:30"));
    assertTrue(ComposedText.mayChange(DECOMPOSED));
    assertTrue(ComposedText.mayChange("buurt\u00ADpreventie"));
    assertTrue(ComposedText.mayChange("a\uFEFF"));
  }

  private static String readAll(Reader reader) throws IOException {
    StringBuilder all = new StringBuilder();
    char[] chunk = new char[7];
    for (int read = reader.read(chunk); read != -1; read = reader.read(chunk)) {
      all.append(chunk, 0, read);
    }
    return all.toString();
  }
}
