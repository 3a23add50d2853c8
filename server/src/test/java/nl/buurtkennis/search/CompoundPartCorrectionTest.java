package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which part of a misspelled compound is corrected, with a spelling checker of a few words. */
class CompoundPartCorrectionTest {
  /** The corpus' words one typing error from a part, as the spelling checker would offer them. */
  private static final Map<String, String> NEAR = Map.of("bemidelaars", "bemiddelaars",
      "wijkagnet", "wijkagent", "overast", "overlast", "buurto", "buurt", "gevole", "gevoel");

  private static String correct(String word) throws Exception {
    return CompoundPartCorrection.correct(word, part -> NEAR.getOrDefault(part, ""));
  }

  @Test
  void theMisspelledRestOrFirstPartIsCorrected() throws Exception {
    assertEquals("buurtbemiddelaars", correct("buurtbemidelaars"));
    assertEquals("wijkagentteam", correct("wijkagnetteam"));
    assertEquals("veiligheidsgevoel", correct("veiligheidsgevole"), "the linking s is kept");
  }

  /** buurt + overast and buurto + verast are each one typing error; the longer part is wrong. */
  @Test
  void ofPartsEquallyNearTheLongerIsTakenAsMisspelled() throws Exception {
    assertEquals("buurtoverlast", correct("buurtoverast"));
  }

  /** Where the corpus has no word near, the one word the Dutch list holds one error away. */
  @Test
  void aPartTheTextsDoNotHoldIsCorrectedToTheOneDictionaryWordNear() throws Exception {
    assertEquals("buurtbemiddelaar", correct("buurtbemidelaar"));
  }

  @Test
  void aCompoundOfWordsOrARestAWordListHoldsIsLeftAlone() throws Exception {
    List<String> asked = new ArrayList<>();
    CompoundPartCorrection.PartSpelling spelling = part -> {
      asked.add(part);
      return "x";
    };
    for (String word : List.of("wijkveiligheidsplan", "buurtmoestuin", "politietwitter",
        "buurtwatch", "politieapp", "buurtapp", "buurt", "2024buurt")) {
      assertEquals("", CompoundPartCorrection.correct(word, spelling), word);
    }
    assertEquals(List.of(), asked, "no spelling checker asked");
  }
}
