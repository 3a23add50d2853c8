package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Related documents name each document once: of a translation pair, the reader's version. */
class RelatedDocumentsTest {
  private static final int COUNT = 5;

  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  private static Corpus corpus;

  @BeforeAll
  static void load() throws Exception {
    corpus = CorpusLoader.load(TempCorpus.shippedCorpus()).orThrow();
  }

  @Test
  void noListHoldsBothVersionsOfADocumentNorTheDocumentsOwnTranslation() {
    for (String lang : List.of("nl", "en")) {
      for (CorpusDocument doc : corpus.documents()) {
        List<String> related = ids(doc, lang);
        assertFalse(related.contains(doc.id()), doc.id() + " " + lang + ": " + related);
        corpus.translation(doc).ifPresent(own -> assertFalse(related.contains(own.id()),
            doc.id() + " " + lang + ": " + related));
        for (String id : related) {
          Optional<CorpusDocument> other = corpus.translation(corpus.document(id).orElseThrow());
          other.ifPresent(o -> assertFalse(related.contains(o.id()),
              doc.id() + " " + lang + " lists " + id + " and " + o.id() + ": " + related));
        }
      }
    }
  }

  @Test
  void ofAPairTheVersionInTheReadersLanguageIsListed() {
    for (String lang : List.of("nl", "en")) {
      for (CorpusDocument doc : corpus.documents()) {
        for (String id : ids(doc, lang)) {
          CorpusDocument shown = corpus.document(id).orElseThrow();
          if (corpus.translation(shown).isPresent()) {
            assertEquals(lang, shown.language(), doc.id() + " " + lang + " lists " + id);
          }
        }
      }
    }
  }

  @Test
  void everyDocumentListsFiveWhenTheCorpusHasThem() {
    for (String lang : List.of("nl", "en")) {
      for (CorpusDocument doc : corpus.documents()) {
        assertEquals(COUNT, ids(doc, lang).size(), doc.id() + " " + lang);
      }
    }
  }

  @Test
  void bothLanguagesListTheSameDocumentsInTheSameOrder() {
    for (CorpusDocument doc : corpus.documents()) {
      assertEquals(pairs(ids(doc, "nl")), pairs(ids(doc, "en")), doc.id());
    }
  }

  @Test
  void theFreedPlacesGoToTheNextDocuments() {
    CorpusDocument policeKids = corpus.document("police-kids-contact").orElseThrow();
    // Listed citizens-in-security, burgers-in-veiligheid, buurt-bestuurt-neighbourhood-governs,
    // neighbourhood-fathers and buurtvaders: three documents, two of them twice.
    assertEquals(List.of("citizens-in-security", "jongeren-en-wijkagent",
        "neighbourhood-fathers", "safe-neighbourhoods-teams", "security-panels"),
        ids(policeKids, "en"));
    assertEquals(List.of("burgers-in-veiligheid", "jongeren-en-wijkagent", "buurtvaders",
        "safe-neighbourhoods-teams", "veiligheidspanels"), ids(policeKids, "nl"));
  }

  @Test
  void aRareSharedConceptCountsForMoreThanBroadOnes() {
    // waaks shares buurtpreventie's form; bewonersbudget shared only issues and benefits that
    // most documents have, and was listed before waaks. (waaks is 5th or 6th by the likeness of
    // the texts, beside buurtvaders, which shares the form and more.)
    CorpusDocument buurtpreventie = corpus.document("buurtpreventie").orElseThrow();
    List<String> related = ids(buurtpreventie, "nl");
    assertFalse(related.contains("bewonersbudget"), related.toString());
    List<String> more = ids(buurtpreventie, "nl", 2 * COUNT);
    assertTrue(more.subList(0, COUNT + 1).contains("waaks"), more.toString());
    assertTrue(!more.contains("bewonersbudget")
        || more.indexOf("waaks") < more.indexOf("bewonersbudget"), more.toString());
    assertEquals(1f, RelatedDocuments.rarity(2, 46), 1e-6);
    assertEquals(0f, RelatedDocuments.rarity(46, 46), 1e-6);
    assertTrue(RelatedDocuments.rarity(5, 46) > RelatedDocuments.rarity(20, 46));
  }

  @Test
  void aDocumentWithoutATranslationIsComparedByTextWithTheOtherLanguage() {
    // neighbourhood-watch is English only, burgerwacht Dutch only: the likeness of their texts
    // was measured in English alone, where bewonersbudget, sharing no form, has a translation.
    List<String> related = ids(corpus.document("neighbourhood-watch").orElseThrow(), "nl", 10);
    assertFalse(related.subList(0, COUNT).contains("bewonersbudget"), related.toString());
    assertTrue(related.contains("burgerwacht"), related.toString());
    assertTrue(!related.contains("bewonersbudget")
        || related.indexOf("burgerwacht") < related.indexOf("bewonersbudget"), related.toString());
  }

  /** Each document as the first id of its pair, or as its own id if it has no translation. */
  private static List<String> pairs(List<String> ids) {
    return ids.stream().map(id -> {
      CorpusDocument doc = corpus.document(id).orElseThrow();
      return corpus.translation(doc).map(CorpusDocument::id)
          .filter(other -> other.compareTo(id) < 0).orElse(id);
    }).toList();
  }

  private static List<String> ids(CorpusDocument doc, String lang) {
    return ids(doc, lang, COUNT);
  }

  private static List<String> ids(CorpusDocument doc, String lang, int count) {
    SearchService search = shipped.service();
    // As the pages and the API ask: with the document as the index holds it.
    CorpusDocument indexed = search.document(doc.id()).orElseThrow();
    return search.related(indexed, lang, count).stream().map(CorpusDocument::id).toList();
  }
}
