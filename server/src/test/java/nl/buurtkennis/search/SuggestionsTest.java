package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Suggestions on the shipped corpus, where keywords spell the same as titles and labels: the
 * title and the label are what is suggested.
 */
class SuggestionsTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void aTitleOrALabelIsNotHiddenByAKeywordOfTheSameText() {
    assertTrue(shipped.service().complete("Buurtbem", 10).contains(
        new Completion("Buurtbemiddeling", Completion.Kind.DOCUMENT, "buurtbemiddeling")),
        shipped.service().complete("Buurtbem", 10).toString());
    assertTrue(shipped.service().complete("Toezi", 10).stream().anyMatch(c ->
        c.text().equals("Toezicht") && c.kind() == Completion.Kind.CONCEPT),
        shipped.service().complete("Toezi", 10).toString());
  }

  @Test
  void diacriticsAreIgnored() {
    assertTrue(shipped.service().complete("beleidsbeinv", 10).stream().anyMatch(c ->
        c.text().equals("Beleidsbeïnvloeding")),
        shipped.service().complete("beleidsbeinv", 10).toString());
  }

  @Test
  void theGlossarysWordsAreSuggestedForTheDocumentsTheirTranslationsFind() {
    assertTrue(shipped.service().complete("elder", 10).contains(
        new Completion("elderly", Completion.Kind.KEYWORD, "elderly")),
        shipped.service().complete("elder", 10).toString());
    assertTrue(shipped.service().complete("cannab", 10).contains(
        new Completion("cannabis", Completion.Kind.KEYWORD, "cannabis")),
        shipped.service().complete("cannab", 10).toString());
  }
}
