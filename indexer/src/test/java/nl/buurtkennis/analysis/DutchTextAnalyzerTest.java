package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class DutchTextAnalyzerTest {
  private final Analyzer analyzer = new LanguageAnalyzer();

  @Test
  void pluralAndSingularShareOneTerm() throws IOException {
    assertEquals(terms("body_nl", "bewoner"), terms("body_nl", "bewoners"));
    assertEquals(terms("body_nl", "wijkagent"), terms("body_nl", "wijkagenten"));
    assertEquals(terms("body_nl", "gemeente"), terms("body_nl", "gemeenten"));
  }

  @Test
  void diacriticsFold() throws IOException {
    assertEquals(terms("body_nl", "coordinatie"), terms("body_nl", "coördinatie"));
    assertEquals(terms("body_nl", "beleidsbeinvloeding"), terms("body_nl", "beleidsbeïnvloeding"));
  }

  @Test
  void ligatureIjIsReadAsIj() throws IOException {
    assertEquals(terms("body_nl", "wijk"), terms("body_nl", "w\u0133k"));
  }

  @Test
  void dutchStopWordsAreDropped() throws IOException {
    assertEquals(List.of("vertrouw", "politie"), terms("body_nl", "vertrouwen in de politie"));
  }

  @Test
  void englishFieldsUseEnglishAnalysis() throws IOException {
    assertEquals(List.of("neighbourhood", "watch"), terms("body_en", "the neighbourhood watches"));
    assertEquals(terms("body_en", "resident"), terms("body_en", "residents"));
  }

  private List<String> terms(String field, String text) throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    }
    return terms;
  }
}
