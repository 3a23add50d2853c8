package nl.buurtkennis.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.web.Messages;
import org.junit.jupiter.api.Test;

class CitationTermsTest {

  @Test
  void bothLanguagesHaveEveryWordAndAYearIsNeverGrouped() {
    CitationTerms dutch = new CitationTerms("nl", Messages.of("nl")::get);
    CitationTerms english = new CitationTerms("en", Messages.of("en")::get);
    assertEquals("Gebaseerd op een bron uit 2014", dutch.basedOn(2014, null));
    assertEquals("Based on a source from 2014", english.basedOn(2014, null));
    assertEquals("Based on a source from 2014: Bron 'x' {y}", english.basedOn(2014, "Bron 'x' {y}"),
        "the source is an argument, never read as a pattern");
    assertEquals("Geraadpleegd op 1 maart 2026, van", dutch.retrieved(LocalDate.of(2026, 3, 1)));
    assertEquals("Retrieved March 1, 2026, from", english.retrieved(LocalDate.of(2026, 3, 1)));
  }

  @Test
  void theSourceNoteKeepsTheSourceApartFromTheWordsAroundIt() {
    CitationTerms english = new CitationTerms("en", Messages.of("en")::get);
    assertEquals(new SourceNote("Based on a source from 2014: ", "Bron {1} '2014'", ""),
        english.basedOnNote(2014, "Bron {1} '2014'"));
    assertEquals(new SourceNote("Based on a source from 2014", null, ""),
        english.basedOnNote(2014, null));
    assertEquals(new SourceNote("Based on an undated source: ", "Bron", ""),
        english.basedOnNote(null, "Bron"), "no year is given rather than a made-up one");
    assertEquals(new SourceNote("No source given", null, ""), english.basedOnNote(null, null));
    Map<String, String> words = new java.util.HashMap<>();
    for (String key : List.of("cite.no_date", "cite.medium", "cite.date_pattern",
        "cite.retrieved", "cite.based_on_year", "cite.based_on_undated", "cite.no_source",
        "cite.organisations", "cite.website",
        "cite.found_with", "cite.exported", "cite.exported_search")) {
      words.put(key, Messages.of("en").get(key));
    }
    words.put("cite.based_on", "After \"{1}\", a source of {0}");
    CitationTerms sourceFirst = new CitationTerms("en", words::get);
    assertEquals(new SourceNote("After \"", "Bron", "\", a source of 2014"),
        sourceFirst.basedOnNote(2014, "Bron"), "wherever the message puts the source");
  }

  @Test
  void aSourceNoteWithoutTheSourceFailsWhenTheTermsAreMade() {
    Map<String, String> words = new java.util.HashMap<>();
    for (String key : List.of("cite.no_date", "cite.medium", "cite.date_pattern",
        "cite.retrieved", "cite.based_on_year", "cite.based_on_undated", "cite.no_source",
        "cite.organisations", "cite.website",
        "cite.found_with", "cite.exported", "cite.exported_search")) {
      words.put(key, Messages.of("en").get(key));
    }
    words.put("cite.based_on", "Based on a source from {0}");
    assertThrows(IllegalStateException.class, () -> new CitationTerms("en", words::get));
  }

  @Test
  void aMissingWordFailsWhenTheTermsAreMade() {
    Map<String, String> incomplete = Map.of("cite.no_date", "n.d.");
    assertThrows(RuntimeException.class, () -> new CitationTerms("en", key -> {
      String value = incomplete.get(key);
      if (value == null) {
        throw new IllegalStateException("no message " + key);
      }
      return value;
    }));
  }
}
