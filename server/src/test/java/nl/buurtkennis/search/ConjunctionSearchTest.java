package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code AND} narrows a search to the documents every word finds, where a word also finds the
 * documents tagged with a concept it names: {@code buurtpreventie AND privacy} found 31 texts, more
 * than {@code buurtpreventie} (21) or {@code privacy} (17) alone, as plain words do.
 */
class ConjunctionSearchTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void andFindsOnlyWhatEachWordFinds() {
    Set<String> joined = ids("buurtpreventie AND privacy");
    assertTrue(!joined.isEmpty());
    assertTrue(ids("buurtpreventie").containsAll(joined), joined.toString());
    assertTrue(ids("privacy").containsAll(joined), joined.toString());
    assertTrue(joined.size() < ids("buurtpreventie privacy").size());
    assertEquals(joined, ids("+buurtpreventie +privacy"));
    assertTrue(joined.contains("whatsapp-buurtpreventie"), joined.toString());
  }

  @Test
  void anOperandMayBeAPhraseOrSeveralWords() {
    Set<String> joined = ids("burgernet AND \"vertrouwen in de politie\"");
    assertTrue(!joined.isEmpty());
    assertTrue(ids("burgernet").containsAll(joined));
    assertTrue(ids("\"vertrouwen in de politie\"").containsAll(joined));
  }

  @Test
  void alternativesAreReadFromLeftToRightAsBefore() {
    assertEquals(List.of("buurtpreventie + privacy | jongeren"),
        Conjunction.operands("buurtpreventie + privacy | jongeren"));
    assertEquals(List.of("buurt bewoners", "politie"),
        Conjunction.operands("buurt bewoners + politie"));
    assertEquals(List.of("buurt", "politie"), Conjunction.operands("+buurt +de +politie"));
    assertEquals(List.of("buurt +de"), Conjunction.operands("buurt +de"));
  }

  private static Set<String> ids(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 100,
        SortOrder.RELEVANCE, "nl")).hits().stream().map(hit -> hit.id())
        .collect(Collectors.toSet());
  }
}
