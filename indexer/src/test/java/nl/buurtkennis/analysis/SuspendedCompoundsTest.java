package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A suspended compound (samentrekking) is read as its word completed with the compound's last
 * part: {@code hang- en sluitwerk} as {@code hangwerk en sluitwerk}, in texts and in queries.
 */
class SuspendedCompoundsTest {
  private static final LanguageAnalyzer INDEXING = LanguageAnalyzer.forIndexing();
  private static final LanguageAnalyzer QUERIES = LanguageAnalyzer.forQueries();

  @Test
  void theWordIsCompletedWithTheCompoundsLastPart() {
    for (String[] forms : new String[][] {
        {"hang- en sluitwerk", "hangwerk en sluitwerk"},
        {"buurt- en wijkschouwen", "buurtschouwen en wijkschouwen"},
        {"woon- en leefomgeving", "woonomgeving en leefomgeving"},
        {"inbraak- en diefstalpreventie", "inbraakpreventie en diefstalpreventie"},
        {"opsporings- of handhavingsbevoegdheden",
            "opsporingsbevoegdheden of handhavingsbevoegdheden"},
        {"van buurt- tot wijkniveau", "van buurtniveau tot wijkniveau"},
        {"Hang-\nen sluitwerk", "Hangwerk\nen sluitwerk"},
        {"hang- en/of sluitwerk", "hangwerk en/of sluitwerk"},
        {"wijk- en buurtpreventieteams", "wijkteams en buurtpreventieteams"},
        {"PDF-, Word- of OpenDocument-bestand", "PDFbestand, Wordbestand of OpenDocument-bestand"}}) {
      assertEquals(forms[1], SuspendedCompounds.completed(forms[0]), forms[0]);
    }
  }

  @Test
  void aTextWithoutASplittableCompoundStaysAsWritten() {
    for (String text : List.of("wet- en regelgeving", "in- en uitsluiting", "Voor- en nameting",
        "hang en sluitwerk", "hang- maar sluitwerk", "WhatsApp-groep en buurtpreventie",
        "hang- en sluitwerk2")) {
      assertEquals(text, SuspendedCompounds.completed(text), text);
    }
  }

  @Test
  void theCompletedWordKeepsTheOffsetsOfTheWordAsWritten() throws IOException {
    List<String> tokens = Tokens.withOffsets(
        INDEXING.tokenStream("body_nl", "Goed hang- en sluitwerk, en buurt- en wijkschouwen."));
    assertEquals(List.of("goed@0-4", "hangwerk@5-9", "hang@5-9", "werk@5-9", "sluitwerk@14-23",
        "sluit@14-23", "werk@14-23", "buurtschouw@28-33", "buurt@28-33", "schouw@28-33",
        "wijkschouw@38-50", "wijk@38-50", "schouw@38-50"), tokens);
  }

  @Test
  void aNameOfTheTaxonomyReadsAsTheCompletedQuery() throws IOException {
    List<String> name = Tokens.terms(QUERIES.tokenStream("keywords_nl", "hang- en sluitwerk"));
    assertEquals(List.of("hangwerk", "sluitwerk"), name);
    assertEquals(name, Tokens.terms(QUERIES.tokenStream("keywords_nl",
        SuspendedCompounds.completed("hang- en sluitwerk"))));
  }

  @Test
  void englishTextIsNotCompleted() throws IOException {
    List<String> terms = Tokens.terms(INDEXING.tokenStream("keywords_en", "hang- en sluitwerk"));
    assertTrue(terms.contains("hang"), terms.toString());
    assertFalse(terms.contains("hangwerk"), terms.toString());
  }
}
