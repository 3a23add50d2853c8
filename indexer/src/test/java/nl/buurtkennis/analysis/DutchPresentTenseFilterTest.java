package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;

class DutchPresentTenseFilterTest {
  private final Analyzer indexing = LanguageAnalyzer.forIndexing();
  private final Analyzer queries = LanguageAnalyzer.forQueries();

  @Test
  void aPresentTenseInTOrDtIsReadAsItsInfinitive() {
    for (String[] forms : new String[][] {{"levert", "leveren"}, {"helpt", "helpen"},
        {"meldt", "melden"}, {"vermindert", "verminderen"}, {"vindt", "vinden"},
        {"werkt", "werken"}, {"noemt", "noemen"}, {"organiseert", "organiseren"},
        {"ondersteunt", "ondersteunen"}}) {
      assertEquals(forms[1], DutchPresentTenseFilter.infinitive(forms[0]), forms[0]);
    }
  }

  @Test
  void theStemsSpellingChangesAreUndone() {
    for (String[] forms : new String[][] {{"maakt", "maken"}, {"leest", "lezen"},
        {"geeft", "geven"}, {"beschrijft", "beschrijven"}, {"wijst", "wijzen"},
        {"stopt", "stoppen"}, {"legt", "leggen"}, {"stelt", "stellen"}, {"vertelt", "vertellen"},
        {"regelt", "regelen"}, {"komt", "komen"}, {"groeit", "groeien"},
        {"bestaat", "bestaan"}, {"ontstaat", "ontstaan"}, {"gaat", "gaan"}, {"ziet", "zien"}}) {
      assertEquals(forms[1], DutchPresentTenseFilter.infinitive(forms[0]), forms[0]);
    }
  }

  @Test
  void nounsAdjectivesAndAdverbsInTAreLeftAlone() {
    for (String word : new String[] {"markt", "feit", "kant", "staat", "recht", "plant",
        "wacht", "tekst", "budget", "effect", "respect", "project", "agent", "kwartet", "beleid",
        "buurt", "straat", "kaart", "staart", "vaart", "uitvaart", "teelt", "hennepteelt",
        "sport", "start", "post", "kort", "licht", "best", "meest", "naast", "vorst", "last",
        "kust", "mist", "halt", "overlast", "toezicht", "rapport", "punt", "wijkagent"}) {
      assertNull(DutchPresentTenseFilter.infinitive(word), word);
    }
  }

  @Test
  void aPastParticipleOfAnotherVerbIsLeftAlone() {
    assertNull(DutchPresentTenseFilter.infinitive("geraakt"), "raken, not geraken");
    assertEquals("gebruiken", DutchPresentTenseFilter.infinitive("gebruikt"));
    assertEquals("geloven", DutchPresentTenseFilter.infinitive("gelooft"));
  }

  @Test
  void stopWordsAreLeftToTheStopFilter() {
    assertNull(DutchPresentTenseFilter.infinitive("heeft"), "not heven");
    assertNull(DutchPresentTenseFilter.infinitive("wordt"));
    assertNull(DutchPresentTenseFilter.infinitive("doet"));
  }

  @Test
  void theFormAndTheInfinitiveShareOneTermAtIndexAndQueryTime() throws IOException {
    for (String[] forms : new String[][] {{"levert", "leveren"}, {"vermindert", "verminderen"},
        {"meldt", "melden"}, {"helpt", "helpen"}, {"maakt", "maken"}, {"leest", "lezen"},
        {"geeft", "geven"}}) {
      for (Analyzer analyzer : List.of(indexing, queries)) {
        assertEquals(terms(analyzer, forms[1]), terms(analyzer, forms[0]), forms[0]);
      }
    }
    assertEquals(List.of("buurtpreventie", "buurt", "preventie", "verminder", "inbrak"),
        terms(indexing, "buurtpreventie vermindert inbraken"));
  }

  @Test
  void aNounKeepsItsOwnTerm() throws IOException {
    assertEquals(List.of("markt"), terms(indexing, "markt"));
    assertEquals(List.of("buurt"), terms(indexing, "buurt"));
    assertNotEquals(terms(indexing, "buren"), terms(indexing, "buurt"));
    assertNotEquals(terms(indexing, "sporen"), terms(indexing, "sport"));
  }

  @Test
  void heeftIsStillAStopWord() throws IOException {
    assertEquals(List.of("buurt"), terms(indexing, "heeft een buurt"));
    assertEquals(List.of(), terms(indexing, "hebt"), "hebben is a stop word");
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    return Tokens.terms(analyzer.tokenStream("body_nl", text));
  }
}
