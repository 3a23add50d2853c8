package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/** English text reads American spellings as the British ones the corpus uses. */
class EnglishTextAnalyzerTest {
  private final Analyzer analyzer = new EnglishTextAnalyzer(true);

  @Test
  void americanSpellingsHaveTheBritishTerms() throws IOException {
    for (String[] pair : new String[][] {{"neighbours", "neighbors"},
        {"neighbourhood", "neighborhood"}, {"behaviour", "behavior"},
        {"prioritise", "prioritize"}, {"organisation", "organization"}, {"centre", "center"},
        {"defence", "defense"}, {"stigmatisation", "stigmatization"}}) {
      assertEquals(terms(pair[0]), terms(pair[1]), pair[1]);
    }
  }

  @Test
  void shortWordsWithZStayAsTheyAre() throws IOException {
    assertNotEquals(terms("sise"), terms("size"));
    assertEquals(terms("seize"), List.of("seiz"));
  }

  private List<String> terms(String text) throws IOException {
    return Tokens.terms(analyzer.tokenStream("body_en", text));
  }
}
