package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Dutch compound searched through its parts: a text that says it, whole or with its parts
 * together ("gevoel van veiligheid"), ranks above one that only holds its parts far apart, which
 * is still found.
 */
class CompoundPartsApartTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  private static final String BODY = "body_nl";
  private static final String KEYWORDS = "keywords_nl";
  private static final String FILLER = " Het project liep enkele jaren en werd daarna in"
      + " andere wijken van de stad overgenomen, met steun van de gemeente.";

  /**
   * A short text that speaks of people in one sentence and of the police in another outranked a
   * long one that speaks of "mensen van de politie": the parts anywhere weighed as the compound.
   */
  @Test
  void aTextThatSaysTheCompoundRanksAboveOneWithItsPartsApart() throws IOException {
    List<String> ranked = ranked("politiemensen",
        doc("apart", BODY, "Mensen melden een inbraak vaak niet, uit angst of schaamte."
            + " Soms weten zij niet waar zij terecht kunnen. Later helpt de politie bij de"
            + " aangifte, en mensen krijgen nazorg als zij dat willen."),
        doc("together", BODY, "In de buurt lopen mensen van de politie vaker een ronde."
            + FILLER.repeat(8)));
    assertEquals(List.of("together", "apart"), ranked);
  }

  @Test
  void thePartsTogetherInTheReverseOrderSayTheCompound() throws IOException {
    List<String> ranked = ranked("veiligheidsgevoel",
        doc("apart", BODY, "Het gevoel bij bewoners was dat er weinig gebeurde. Over de"
            + " veiligheid in de wijk zeiden zij niets. De veiligheid bleef, en het gevoel ook."),
        doc("together", BODY, "Het gevoel van veiligheid groeide in de wijk." + FILLER.repeat(4)));
    assertEquals(List.of("together", "apart"), ranked);
  }

  /**
   * Parts three words apart across a sentence's end do not say the compound: Police Kids, whose
   * "… over deze vorm van burgerparticipatie zegt." is followed by the heading "Contact tussen
   * bewoners en politie", ranked third for {@code bewonersparticipatie} with the weight of a text
   * that says it.
   */
  @Test
  void partsOnEitherSideOfASentenceEndDoNotSayTheCompound() throws IOException {
    List<String> ranked = ranked("bewonersparticipatie",
        doc("across", BODY, "Dit gaat over burgerparticipatie zegt.\n\n## Contact tussen bewoners"
            + " en politie"),
        doc("together", BODY, "De participatie van bewoners groeide in de wijk." + FILLER.repeat(4)));
    assertEquals(List.of("together", "across"), ranked);
  }

  /** Keywords label a whole text: its parts in two of them say what the text is about. */
  @Test
  void thePartsInTwoKeywordsSayTheCompound() throws IOException {
    Document labelled = doc("labelled", BODY, "Vaders lopen 's avonds door de wijk."
        + FILLER.repeat(4));
    labelled.add(new TextField(KEYWORDS, "hangjongeren", Field.Store.NO));
    labelled.add(new TextField(KEYWORDS, "jeugdoverlast", Field.Store.NO));
    Document apart = doc("apart", BODY, "Er wonen veel jongeren in de wijk. Zij zijn blij met"
        + " het nieuwe plein. Sommige buren klagen over overlast.");
    assertEquals(List.of("labelled", "apart"), ranked("jongerenoverlast", apart, labelled));
  }

  /**
   * Of the two texts that hold "politiemensen" in the corpus, neither ranked above fifth, below
   * texts on anonymous reporting whose summaries speak of people and, further on, the police.
   */
  @Test
  void theCorpusTextsThatSayTheCompoundComeFirst() {
    SearchResponse response = shipped.service().search(new SearchRequest("politiemensen",
        Map.of(), null, null, 1, 10, SortOrder.RELEVANCE, "nl"));
    List<String> ids = response.hits().stream().map(SearchResponse.Hit::id).toList();
    Set<String> saying = Set.of("buurt-bestuurt", "burgers-in-veiligheid");
    assertTrue(saying.contains(ids.get(0)), "" + ids);
    assertTrue(ids.subList(0, 3).containsAll(saying), "" + ids);
    // The texts with the parts apart are still found.
    assertEquals(shipped.service().search(new SearchRequest("", Map.of(), null, null, 1, 10,
        SortOrder.RELEVANCE, "nl")).total(), response.total());
  }

  private static Document doc(String id, String field, String text) {
    Document doc = new Document();
    doc.add(new StringField("id", id, Field.Store.YES));
    doc.add(new TextField(field, text, Field.Store.NO));
    return doc;
  }

  /** The ids of the documents {@code compound} finds, best first; every document is found. */
  private static List<String> ranked(String compound, Document... docs) throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory,
          new IndexWriterConfig(IndexSchema.indexAnalyzer()))) {
        for (Document doc : docs) {
          writer.addDocument(doc);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        Query query = new CompoundAwareParser(IndexSchema.queryAnalyzer(),
            Map.of(BODY, 1f, KEYWORDS, 2.5f), 0, true, reader).parse(compound);
        assertTrue(query instanceof BooleanQuery bool && CompoundAwareParser.reading(bool) != null,
            "read as a compound: " + query);
        IndexSearcher searcher = new IndexSearcher(reader);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, 10).scoreDocs) {
          ids.add(searcher.storedFields().document(hit.doc).get("id"));
        }
        assertEquals(docs.length, ids.size(), "every text is found: " + ids);
        return ids;
      }
    }
  }
}
