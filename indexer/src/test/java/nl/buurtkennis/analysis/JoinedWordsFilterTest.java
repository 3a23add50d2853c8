package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

/**
 * Words joined by a full stop or colon between letters are words of their own in every field;
 * numbers written with a full stop stay whole.
 */
class JoinedWordsFilterTest {
  private static final Analyzer INDEXING = LanguageAnalyzer.forIndexing();
  private static final Analyzer QUERIES = LanguageAnalyzer.forQueries();

  @Test
  void aSiteNameHoldsTheWordItNames() throws IOException {
    for (String field : List.of("body_nl", "body_en", "place")) {
      List<String> site = terms(INDEXING, field, "zie www.burgernet.nl");
      assertTrue(site.containsAll(terms(INDEXING, field, "burgernet")), field + ": " + site);
      assertEquals(terms(QUERIES, field, "burgernet nl"), terms(QUERIES, field, "burgernet.nl"),
          field);
    }
  }

  @Test
  void aColonWithoutSpaceSeparatesWords() throws IOException {
    assertEquals(terms(QUERIES, "body_nl", "titel burgernet"),
        terms(QUERIES, "body_nl", "titel:burgernet"));
    assertEquals(terms(QUERIES, "body_en", "title burgernet"),
        terms(QUERIES, "body_en", "title:burgernet"));
  }

  @Test
  void numbersStayWhole() throws IOException {
    assertEquals(List.of("1.5"), terms(QUERIES, "place", "1.5"));
    assertEquals(List.of("2.500"), terms(QUERIES, "body_nl", "2.500"));
  }

  @Test
  void eachWordKeepsItsOwnPlaceInTheText() throws IOException {
    // what the highlighter marks: burgernet, not the whole site name
    assertEquals(List.of("zie@0-3", "burgernet@4-13", "nl@14-16"),
        Tokens.withOffsets(INDEXING.tokenStream("place", "zie burgernet.nl")));
  }

  private static List<String> terms(Analyzer analyzer, String field, String text)
      throws IOException {
    return Tokens.terms(analyzer.tokenStream(field, text));
  }
}
