package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.search.SearchResponse.Hit;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An excluded Dutch compound whose parts no text holds leaves out the texts that a search for it
 * finds through all its parts: in Dutch through the parts' other names in one field, in English
 * where a text holds a translation of each part; not those that hold one part's translation. The
 * glossary of the shipped taxonomy gives {@code senioren} = ouderen, elderly and
 * {@code oplichting} = fraude, fraud.
 */
class CompoundExclusionTest {
  @TempDir
  static Path temp;
  private static SearchIndex index;
  private static SearchService service;

  @BeforeAll
  static void open() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("ouderen-fraude.md", TempCorpus.doc("ouderen-fraude", "",
            "## Fraude\n\nOuderen in de wijk worden gebeld door mensen die fraude plegen.\n"))
        .document("ouderen.md", TempCorpus.doc("ouderen", "",
            "## Koffie\n\nOuderen in de wijk drinken elke week samen koffie.\n"))
        .document("elderly-fraud.md", english("elderly-fraud",
            "## Fraud\n\nElderly residents are called by people who commit fraud.\n"))
        .document("elderly.md", english("elderly",
            "## Coffee\n\nElderly residents drink coffee together every week.\n"));
    index = FixtureIndex.open(corpus.dir(), temp);
    service = UnhurriedSearch.of(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void anExcludedTextlessCompoundLeavesOutTheTextsHoldingEachPartAsItsOtherNames() {
    // A search for the compound finds all four, two through one part's other name or
    // translation alone, which an exclusion does not count.
    assertEquals(List.of("elderly", "elderly-fraud", "ouderen", "ouderen-fraude"),
        ids("seniorenoplichting"));
    assertEquals(List.of("elderly", "ouderen"), ids("-seniorenoplichting"));
    assertEquals(List.of("elderly"), ids("residents -seniorenoplichting"));
  }

  private static String english(String id, String body) {
    return TempCorpus.doc(id, "", body).replace("language: nl", "language: en")
        .replace("title: Titel van " + id, "title: " + id)
        .replace("summary: Een korte samenvatting.", "summary: A short summary.");
  }

  /** The ids of the hits of {@code query}, in alphabetical order. */
  private static List<String> ids(String query) {
    return service.search(new SearchRequest(query, Map.of(), null, null, 1, 100,
        SortOrder.RELEVANCE, "nl")).hits().stream().map(Hit::id).sorted().toList();
  }
}
