package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A quoted phrase of a compound's parts finds the compound as the texts write it. */
class CompoundPhraseTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void aPhraseOfPartsFindsAndRanksTheCompound() {
    // The index holds a compound's parts at its own position, so the phrase alone matched no
    // text: every hit came through the concept, tied, in the order of their ids.
    for (String[] pair : new String[][] {
        {"\"buurt preventie\"", "buurtpreventie"}, {"\"wijk agent\"", "wijkagent"}}) {
      List<String> phrase = ids(pair[0]);
      List<String> word = ids(pair[1]);
      assertEquals(word.get(0), phrase.get(0), pair[0] + " " + phrase);
      assertEquals(Set.copyOf(word.subList(0, 3)), Set.copyOf(phrase.subList(0, 3)), pair[0]);
    }
  }

  @Test
  void aLongerPhraseFindsTwoOfItsWordsWrittenAsOne() {
    // Joined whole, "whatsapp buurt preventie" is no word any text holds.
    assertEquals(ids("\"whatsapp buurtpreventie\"").get(0),
        ids("\"whatsapp buurt preventie\"").get(0));
  }

  /**
   * OpenTaal lists {@code appgroep} and {@code groepsapp} whole, and no text holds them: read
   * whole they found nothing, while {@code appgroepen}, which the list lacks, found the texts on
   * WhatsApp groups by its parts.
   */
  @Test
  void aListedCompoundNoTextHoldsIsFoundByItsPartsAsItsPluralIs() {
    List<String> plural = ids("appgroepen");
    assertFalse(plural.isEmpty());
    for (String word : List.of("appgroep", "appgroepje", "groepsapp")) {
      assertEquals(plural, ids(word), word);
    }
  }

  private static List<String> ids(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 50,
        SortOrder.RELEVANCE, "nl")).hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
