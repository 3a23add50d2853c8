package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A verb's present tense finds what its infinitive finds: Porter's stemmer left {@code levert}
 * apart from {@code leveren}, so "wat levert burgerparticipatie op" found 5 documents and
 * {@code leveren} 21. A noun in {@code -t} is no verb form: {@code sport} does not find the
 * texts on {@code sporen} (traces).
 */
class PresentTenseSearchTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  private static Corpus corpus;

  @BeforeAll
  static void load() throws Exception {
    corpus = CorpusLoader.load(TempCorpus.shippedCorpus()).orThrow();
  }

  @Test
  void aPresentTenseFindsWhatItsInfinitiveFinds() {
    for (String[] forms : new String[][] {{"levert", "leveren"}, {"vermindert", "verminderen"},
        {"helpt", "helpen"}, {"maakt", "maken"}, {"geeft", "geven"}}) {
      List<String> infinitive = ids(forms[1]);
      assertTrue(infinitive.size() >= 2, forms[1]);
      assertEquals(infinitive, ids(forms[0]), forms[0]);
    }
  }

  @Test
  void aPresentTenseNamesTheConceptItsInfinitiveNames() {
    // melden is a name of the benefit more-reporting; meldt found 27 documents, melden 30
    assertEquals(ids("melden"), ids("meldt"));
    assertEquals(ids("verdachte situaties melden"), ids("verdachte situaties meldt"));
  }

  @Test
  void aQuestionWithAPresentTenseFindsTheTextsThatUseTheVerb() {
    List<String> found = ids("wat levert burgerparticipatie op");
    for (String id : ids("leveren burgerparticipatie")) {
      assertTrue(found.contains(id), id);
    }
  }

  @Test
  void aNounInTFindsOnlyTheTextsThatHoldIt() {
    for (String noun : new String[] {"sport", "markt"}) {
      for (String id : ids(noun)) {
        assertTrue(holds(corpus.document(id).orElseThrow(), noun), noun + ": " + id);
      }
    }
    assertTrue(!ids("sport").isEmpty());
  }

  private static boolean holds(CorpusDocument doc, String word) {
    String text = String.join(" ", doc.title(), doc.summary(), doc.bodyText(),
        String.join(" ", doc.keywords())).toLowerCase(Locale.ROOT);
    return text.contains(word);
  }

  private static List<String> ids(String query) {
    SearchResponse response = shipped.service().search(new SearchRequest(query, Map.of(), null,
        null, 1, 100, SortOrder.RELEVANCE, "nl"));
    return response.hits().stream().map(SearchResponse.Hit::id).sorted().toList();
  }
}
