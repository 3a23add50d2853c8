package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The dictionary words "did you mean" reads a misspelled compound by. */
class CompoundPartWordsTest {
  @Test
  void aPartIsADictionaryWordOfFourLettersOrMoreAndNoStopWord() {
    assertTrue(DutchCompounds.isPart("buurt"));
    assertTrue(DutchCompounds.isPart("team"));
    assertFalse(DutchCompounds.isPart("over"), "a stop word");
    assertFalse(DutchCompounds.isPart("app"), "too short");
    assertFalse(DutchCompounds.isPart("bemidelaars"));
  }

  @Test
  void aCompoundOfWordsHasNoUnknownPart() {
    assertTrue(DutchCompounds.isCompoundOfWords("wijkveiligheidsplan"));
    assertFalse(DutchCompounds.isCompoundOfWords("buurtbemidelaars"), "bemidelaars is unknown");
    assertFalse(DutchCompounds.isCompoundOfWords("buurt"), "no compound");
  }

  @Test
  void thePartsOneTypingErrorAwayAreInAlphabeticalOrder() {
    assertEquals(List.of("bemiddelaar"), DutchCompounds.partsOneEditFrom("bemidelaar"));
    assertEquals(List.of("wijkagent"), DutchCompounds.partsOneEditFrom("wijkagnet"), "swapped");
    List<String> near = DutchCompounds.partsOneEditFrom("bomen");
    assertTrue(near.size() > 1 && near.contains("boden") && near.contains("komen"), "" + near);
    assertEquals(near.stream().sorted().toList(), near);
    assertFalse(near.contains("bomen"), "not the word itself");
  }
}
