package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
 * An excluded hyphenated word leaves out the texts that write it, with the hyphen or as its parts
 * side by side, also where its parts joined make no word ({@code covid-19}); not a text that holds
 * its parts apart, which a hyphen does not join.
 */
class HyphenatedExclusionTest {
  @TempDir
  static Path temp;
  private static SearchIndex index;
  private static SearchService service;

  @BeforeAll
  static void open() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("hyphen.md", TempCorpus.doc("hyphen", "",
            "## Thuis\n\nTijdens covid-19 bleven bewoners vaak thuis.\n"))
        .document("apart.md", TempCorpus.doc("apart", "",
            "## Hulp\n\nToen covid de wijk trof, hielpen 19 bewoners met boodschappen.\n"))
        .document("other.md", TempCorpus.doc("other", "",
            "## Koffie\n\nBewoners drinken elke week samen koffie.\n"));
    index = FixtureIndex.open(corpus.dir(), temp);
    service = UnhurriedSearch.of(index);
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @Test
  void anExcludedHyphenatedWordLeavesOutTheTextsWritingIt() {
    assertEquals(List.of("apart", "hyphen", "other"), ids("bewoners"));
    assertEquals(List.of("apart", "other"), ids("bewoners -covid-19"));
    assertEquals(List.of("apart", "other"), ids("bewoners NOT covid-19"));
    assertEquals(List.of("apart", "other"), ids("bewoners -\"covid 19\""));
    assertEquals(List.of("apart", "other"), ids("-covid-19"));
  }

  /** The ids of the hits of {@code query}, in alphabetical order. */
  private static List<String> ids(String query) {
    return service.search(new SearchRequest(query, Map.of(), null, null, 1, 100,
        SortOrder.RELEVANCE, "nl")).hits().stream().map(Hit::id).sorted().toList();
  }
}
