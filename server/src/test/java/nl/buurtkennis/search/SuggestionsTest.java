package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Suggestions on the shipped corpus, where keywords spell the same as titles and labels: the
 * title and the label are what is suggested.
 */
class SuggestionsTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();
  private static SearchService service;

  @BeforeAll
  static void open() {
    service = UnhurriedSearch.of(shipped.index());
  }

  @Test
  void aTitleOrALabelIsNotHiddenByAKeywordOfTheSameText() {
    assertTrue(service.complete("Buurtbem", 10).contains(
        new Completion("Buurtbemiddeling", Completion.Kind.DOCUMENT, "buurtbemiddeling")),
        service.complete("Buurtbem", 10).toString());
    assertTrue(service.complete("Toezi", 10).stream().anyMatch(c ->
        c.text().equals("Toezicht") && c.kind() == Completion.Kind.CONCEPT),
        service.complete("Toezi", 10).toString());
  }

  @Test
  void diacriticsAreIgnored() {
    assertTrue(service.complete("beleidsbeinv", 10).stream().anyMatch(c ->
        c.text().equals("Beleidsbeïnvloeding")), service.complete("beleidsbeinv", 10).toString());
  }

  @Test
  void theGlossarysWordsAreSuggestedForTheDocumentsTheirTranslationsFind() {
    assertTrue(service.complete("elder", 10).contains(
        new Completion("elderly", Completion.Kind.KEYWORD, "elderly")),
        service.complete("elder", 10).toString());
    assertTrue(service.complete("cannab", 10).contains(
        new Completion("cannabis", Completion.Kind.KEYWORD, "cannabis")),
        service.complete("cannab", 10).toString());
  }
}
