package nl.buurtkennis.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldNameGuessTest {
  private static final List<String> KNOWN = List.of("id", "title", "forms", "benefits",
      "conditions", "police_tasks", "organisations", "authors", "summary", "source", "url");
  private static final Map<String, String> OTHER = Map.of("auteur", "authors");

  @Test
  void otherCapitalsHyphensAndSpacesNameTheField() {
    assertEquals(Optional.of("title"), guess("Title"));
    assertEquals(Optional.of("forms"), guess("FORMS"));
    assertEquals(Optional.of("police_tasks"), guess("police-tasks"));
    assertEquals(Optional.of("police_tasks"), guess("Police tasks"));
  }

  @Test
  void anotherNameGivenForAFieldNamesIt() {
    assertEquals(Optional.of("authors"), guess("Auteur"));
  }

  @Test
  void aTypingErrorOrTwoNamesTheOneFieldThatNear() {
    assertEquals(Optional.of("organisations"), guess("organizations"));
    assertEquals(Optional.of("benefits"), guess("benefit"));
    assertEquals(Optional.of("summary"), guess("sumary"));
    assertEquals(Optional.of("conditions"), guess("condtions"));
  }

  @Test
  void nothingIsGuessedForAnotherWordOrAShortOne() {
    assertEquals(Optional.empty(), guess("foo"));
    assertEquals(Optional.empty(), guess("colour"));
    assertEquals(Optional.empty(), guess("b"));
    assertEquals(Optional.empty(), guess("ur"), "two letters: any guess would be a guess");
  }

  private static Optional<String> guess(String typed) {
    return FieldNameGuess.of(typed, KNOWN, OTHER);
  }
}
