package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.junit.jupiter.api.Test;

/** The parts of compounds that "did you mean" may offer: words of their own, found by a search. */
class RecognisablePartsTest {
  private static final List<String> COMPOUNDS = List.of("hennepteelt", "hennepgeur",
      "veiligheidsbeleving", "buurtpreventieteams", "voetbalwedstrijd", "winkeldiefstal",
      "bewakingscamera", "onkostenvergoeding", "waarschuwen", "burgerwachten", "zwerfafval");

  @Test
  void thePartsOfACompoundAreItsDictionaryWords() {
    assertEquals(List.of("hennep", "teelt"), DutchCompounds.recognisableParts("hennepteelt"));
    assertEquals(List.of("veiligheid", "beleving"),
        DutchCompounds.recognisableParts("veiligheidsbeleving"), "the linking s aside");
    assertEquals(List.of("buurt", "preventie"),
        DutchCompounds.recognisableParts("buurtpreventie's"));
    assertEquals(List.of(), DutchCompounds.recognisableParts("preventie"), "no compound");
    assertEquals(List.of(), DutchCompounds.recognisableParts("mistrust"), "English");
  }

  @Test
  void aPartThatIsNoSyllablesOfTheCompoundIsNoWordOfItsOwn() {
    // aan-hou-den-de, be-mid-de-laars, in-grij-pen-de: the decompounder still indexes the parts.
    for (String word : List.of("aanhoudende", "bemiddelaars", "ingrijpende", "ondersteunende")) {
      assertFalse(DutchCompounds.allParts(word).isEmpty(), word + " is indexed with parts");
      assertEquals(List.of(), DutchCompounds.recognisableParts(word), word);
    }
  }

  @Test
  void aStopWordIsNoPartToOffer() {
    assertTrue(DutchStopWords.SET.contains("waar"));
    assertEquals(List.of("schuwen"), DutchCompounds.recognisableParts("waarschuwen"));
  }

  /** What a suggested part is searched with must find the compound the part came from. */
  @Test
  void everyPartSearchedAloneFindsItsCompound() throws IOException {
    try (LanguageAnalyzer indexing = LanguageAnalyzer.forIndexing();
        LanguageAnalyzer queries = LanguageAnalyzer.forQueries()) {
      for (String compound : COMPOUNDS) {
        List<String> indexed = Tokens.terms(indexing.tokenStream("body_nl", compound));
        List<String> parts = DutchCompounds.recognisableParts(compound);
        assertFalse(parts.isEmpty(), compound);
        for (String part : parts) {
          List<String> searched = Tokens.terms(queries.tokenStream("body_nl", part));
          assertFalse(searched.isEmpty(), part);
          assertTrue(indexed.containsAll(searched), compound + ": " + part + " " + searched);
        }
      }
    }
  }

  @Test
  void theFilterGivesThePartsOfEachWordAndDropsTheWords() throws IOException {
    WhitespaceTokenizer words = new WhitespaceTokenizer();
    words.setReader(new java.io.StringReader("hennepteelt melden aanhoudende zwerfafval"));
    assertEquals(List.of("hennep", "teelt", "zwerf", "afval"),
        Tokens.terms(DutchCompounds.recognisablePartsOf(words)));
  }

  @Test
  void cachedPartsEqualComputedOnes() {
    for (int pass = 0; pass < 3; pass++) {
      for (String word : COMPOUNDS) {
        assertEquals(DutchCompounds.computeRecognisableParts(word),
            DutchCompounds.recognisableParts(word), word);
      }
    }
  }
}
