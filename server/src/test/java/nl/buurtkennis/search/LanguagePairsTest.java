package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Of a document and its translation, the page's language ranks first. */
class LanguagePairsTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void anExactTitleRanksTheVersionInThePagesLanguageFirst() throws Exception {
    Corpus corpus = CorpusLoader.load(TempCorpus.shippedCorpus()).orThrow();
    int pairs = 0;
    for (CorpusDocument english : corpus.documents()) {
      Optional<CorpusDocument> dutch = corpus.translation(english);
      if (!english.language().equals("en") || dutch.isEmpty()) {
        continue;
      }
      pairs++;
      List<String> inEnglish = ids(english.title(), "en", 1, 20);
      assertTrue(inEnglish.indexOf(english.id()) >= 0, english.title());
      assertTrue(inEnglish.indexOf(dutch.get().id()) < 0
          || inEnglish.indexOf(english.id()) < inEnglish.indexOf(dutch.get().id()),
          english.title() + ": " + inEnglish);
      List<String> inDutch = ids(english.title(), "nl", 1, 20);
      assertTrue(inDutch.indexOf(english.id()) < 0
          || inDutch.indexOf(dutch.get().id()) < inDutch.indexOf(english.id()),
          english.title() + ": " + inDutch);
    }
    assertTrue(pairs >= 10, "pairs: " + pairs);
  }

  @Test
  void pagesShowEachHitOnceWhateverTheirSize() {
    for (String lang : List.of("nl", "en")) {
      for (String query : List.of("politie", "Text alert (SMS-alert)", "overlast van jongeren")) {
        List<String> whole = ids(query, lang, 1, 30);
        for (int size : new int[] {1, 3, 7}) {
          List<String> paged = new ArrayList<>();
          for (int page = 1; paged.size() < whole.size(); page++) {
            List<String> shown = ids(query, lang, page, size);
            assertTrue(!shown.isEmpty(), query + " page " + page);
            paged.addAll(shown);
          }
          assertEquals(whole, paged.subList(0, whole.size()), query + " " + lang + " by " + size);
        }
      }
    }
  }

  @Test
  void explainNamesTheTranslationWhosePlaceAHitTook() {
    List<SearchResponse.Hit> hits = shipped.service().search(new SearchRequest("Police Kids",
        Map.of(), null, null, 1, 5, SortOrder.RELEVANCE, "en", true)).hits();
    assertEquals("police-kids-contact", hits.get(0).id());
    HitExplanation first = hits.get(0).explain();
    HitExplanation second = hits.get(1).explain();
    assertEquals("police-kids", first.inPlaceOf());
    assertEquals(null, second.inPlaceOf());
    // each ranked by its place's score: the first takes its translation's, above its own
    assertTrue(first.queryScore() < second.queryScore(), first + " / " + second);
    assertEquals(second.queryScore(), first.score());
    assertTrue(first.score() >= second.score(), first + " / " + second);
    assertTrue(first.matches().stream().anyMatch(m -> m.kind().equals("language-pair")
        && m.text().equals("police-kids") && m.field().equals("en") && m.score() > 0), first.toString());
  }

  @Test
  void anExportListsTheHitsInThePagesOrder() {
    for (String lang : List.of("nl", "en")) {
      for (String query : List.of("burgernet", "politie", "", "Police Kids")) {
        SearchRequest request = new SearchRequest(query, Map.of(), null, null, 1, 100,
            SortOrder.RELEVANCE, lang);
        assertEquals(ids(query, lang, 1, 100), shipped.service().allDocuments(request, 100)
            .stream().map(CorpusDocument::id).toList(), query + " " + lang);
      }
    }
  }

  private static List<String> ids(String query, String lang, int page, int size) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, page, size,
        SortOrder.RELEVANCE, lang)).hits().stream().map(SearchResponse.Hit::id).toList();
  }
}
