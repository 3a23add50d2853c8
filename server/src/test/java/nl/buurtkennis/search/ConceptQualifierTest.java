package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A word by which a concept's names name a kind of it ({@code whatsapp} of
 * {@code WhatsApp-buurtpreventie} beside {@code buurtpreventie}) finds no document through the
 * concept: citizen-surveillance lists WhatsApp groups among its names, and {@code whatsapp}
 * found every document tagged with it.
 */
class ConceptQualifierTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  private static Corpus corpus;

  @BeforeAll
  static void load() throws Exception {
    corpus = CorpusLoader.load(TempCorpus.shippedCorpus()).orThrow();
  }

  @Test
  void theWordsANameAddsToAnotherNameOfItsConceptAreQualifiers() {
    List<List<Set<String>>> names = List.of(
        List.of(Set.of("whatsap"), Set.of("buurtpreventie", "buurt", "preventie")),
        List.of(Set.of("buurtpreventie", "buurt", "preventie")),
        List.of(Set.of("zwerfafval", "zwerf", "afval")));
    assertEquals(Set.of("whatsap"), ConceptNameQueries.qualifiers(names));
    // A part of a compound is no qualifier: afval still names what zwerfafval names.
    assertEquals(Set.of(), ConceptNameQueries.qualifiers(names.subList(1, 3)));
  }

  @Test
  void theWordsOfNamesAreTheWordsAsWrittenAndTheLastPartOfACompound() {
    // a name's terms at a position are in the analysis' order: the word as written, then its parts
    List<List<Set<String>>> names = List.of(
        List.of(new LinkedHashSet<>(List.of("cameratoezicht", "camera", "toezicht"))),
        List.of(Set.of("privacy")));
    assertEquals(Set.of("cameratoezicht", "toezicht", "privacy"),
        ConceptNameQueries.words(names));
  }

  @Test
  void aPartOfACompoundAmongOtherWordsIsNoWordOfTheName() {
    // minder hangjongeren, a name of less nuisance: jongeren alone says nothing of nuisance
    List<List<Set<String>>> names = List.of(List.of(new LinkedHashSet<>(List.of("minder")),
        new LinkedHashSet<>(List.of("hangjongeren", "hang", "jongeren"))));
    assertEquals(Set.of("minder", "hangjongeren"), ConceptNameQueries.words(names));
  }

  @Test
  void aWordThatIsOnlyPartOfACompoundInALongerNameFindsNoTaggedDocuments() {
    // both reports are tagged with less nuisance and say nothing of young people, in any word
    List<String> silent = corpus.documents().stream()
        .filter(doc -> doc.id().equals("burgers-in-veiligheid")
            || doc.id().equals("citizens-in-security"))
        .filter(doc -> Stream.of("jong", "jeugd", "young", "youth")
            .noneMatch(word -> holds(doc, word)))
        .map(CorpusDocument::id).toList();
    assertEquals(2, silent.size(), silent.toString());
    List<String> found = search("jongeren", 50).hits().stream().map(SearchResponse.Hit::id)
        .toList();
    assertTrue(found.stream().noneMatch(silent::contains), found.toString());
  }

  /**
   * A part before the last of a concept's compound name says what kind of thing the name is, not
   * the concept: {@code camera} of {@code cameratoezicht} and {@code camerabeelden}, names of
   * privacy, found every text tagged with privacy, 14 of its 17 hits, none of which mentions
   * cameras. The last part still names it: {@code afval} finds the texts on public space, named
   * {@code zwerfafval}.
   */
  @Test
  void aPartBeforeTheLastOfACompoundNameFindsOnlyTheDocumentsThatHoldIt() {
    List<String> holding = corpus.documents().stream()
        .filter(doc -> holds(doc, "camera")).map(CorpusDocument::id).sorted().toList();
    assertTrue(holding.size() >= 2, holding.toString());
    for (String query : List.of("camera", "camera's")) {
      assertEquals(holding, search(query, 50).hits().stream().map(SearchResponse.Hit::id)
          .sorted().toList(), query);
    }
    List<String> afval = search("afval", 50).hits().stream().map(SearchResponse.Hit::id).toList();
    assertTrue(afval.contains("opzoomeren"), afval.toString());
  }

  @Test
  void aQualifierFindsOnlyTheDocumentsThatHoldIt() {
    List<String> holding = corpus.documents().stream()
        .filter(doc -> holds(doc, "whatsapp")).map(CorpusDocument::id).sorted().toList();
    assertTrue(holding.size() >= 2, holding.toString());
    SearchResponse response = search("whatsapp", 50);
    assertEquals(holding, response.hits().stream().map(SearchResponse.Hit::id).sorted().toList());
  }

  /**
   * Written as one ({@code whatsappgroep}), quoted or not, the qualifier and another word find what
   * they find apart: the name {@code WhatsApp-buurtpreventiegroep} holds both, but neither is a
   * name of the concept, and the compound found the 14 documents tagged with it.
   */
  @Test
  void aCompoundOrPhraseOfTheQualifierFindsWhatItsWordsApartFind() {
    List<String> apart = ids("whatsapp groepen");
    assertTrue(apart.size() >= 2, apart.toString());
    for (String query : List.of("whatsappgroep", "whatsappgroepen", "WhatsApp-groep",
        "\"whatsapp groep\"", "\"whatsappgroep\"")) {
      assertEquals(apart, ids(query), query);
    }
    assertEquals(List.of(), ids("whatsappgroep -whatsapp"));
  }

  @Test
  void aQuotedNameOfTheConceptStillFindsItsDocuments() {
    long tagged = corpus.documents().stream()
        .filter(doc -> doc.forms().contains("citizen-surveillance")).count();
    for (String query : List.of("\"WhatsApp-buurtpreventie\"", "\"whatsapp neighbourhood watch\"",
        "\"WhatsApp-buurtpreventiegroep\"")) {
      assertTrue(search(query, 50).total() >= tagged, query);
    }
    // A name that begins with a stop word: gedrag qualifies aanspreken, but the whole is a name.
    assertTrue(search("\"op gedrag aanspreken\"", 50).total() > 0);
  }

  private static List<String> ids(String query) {
    return search(query, 50).hits().stream().map(SearchResponse.Hit::id).sorted().toList();
  }

  @Test
  void withAnExclusionItFindsNoDocumentThatHoldsNeitherWord() {
    for (SearchResponse.Hit hit : search("whatsapp -politie", 50).hits()) {
      assertTrue(holds(corpus.document(hit.id()).orElseThrow(), "whatsapp"), hit.id());
    }
  }

  @Test
  void aConceptTheQueryNamesStillFindsItsDocuments() {
    // WhatsApp-buurtpreventie names citizen-surveillance as a whole.
    long tagged = corpus.documents().stream()
        .filter(doc -> doc.forms().contains("citizen-surveillance")).count();
    assertTrue(search("WhatsApp-buurtpreventie", 50).total() >= tagged);
  }

  private static boolean holds(CorpusDocument doc, String word) {
    String text = String.join(" ", doc.title(), doc.summary(), doc.bodyText(),
        String.join(" ", doc.keywords())).toLowerCase(Locale.ROOT);
    return text.contains(word);
  }

  private static SearchResponse search(String query, int size) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, size,
        SortOrder.RELEVANCE, "nl"));
  }
}
