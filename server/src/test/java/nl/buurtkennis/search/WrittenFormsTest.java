package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.buurtkennis.index.IndexSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A word written closed, with a hyphen or as two words finds what the texts write, in English as
 * in Dutch: the shipped English texts write {@code antisocial}, {@code e-mail} (waaks),
 * {@code tip line} and {@code WhatsApp}.
 */
class WrittenFormsTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void aHyphenatedWordFindsWhatItsClosedFormFinds() {
    assertFalse(ids("antisocial").isEmpty());
    assertEquals(ids("antisocial"), ids("anti-social"));
    assertEquals(ids("antisocial behaviour"), ids("anti-social behaviour"));
  }

  @Test
  void aClosedWordNoTextHoldsFindsItsPartsNextToEachOther() {
    SearchResponse email = search("email");
    assertEquals(ids("e-mail"), ids(email));
    assertTrue(email.unmatched().isEmpty(), email.unmatched().toString());

    SearchResponse tipline = search("tipline");
    assertEquals(ids("tip line").get(0), ids(tipline).get(0));
    assertTrue(tipline.unmatched().isEmpty(), tipline.unmatched().toString());
    assertNull(tipline.suggestion(), "no Dutch tiplijn offered for a word the texts hold apart");
  }

  @Test
  void twoWordsNoTextHoldsTogetherFindTheWordTextsWriteForThem() {
    SearchResponse apart = search("whats app");
    assertEquals(ids("whatsapp"), ids(apart));
    assertTrue(apart.unmatched().isEmpty(), apart.unmatched().toString());
    assertEquals(ids("whatsapp"), ids("Whats app?"), "punctuation after the words joins no less");
  }

  @Test
  void wordsTheTextsWriteAsTypedStayAsTyped() {
    assertRead("tip line", "tip line"); // the texts hold both words
    assertRead("burger net", "burger net"); // a Dutch text holds burgernet, and so its parts
    assertRead("e-mail", "e-mail"); // no text writes email
    assertRead("antisocial", "antisocial");
    assertRead("\"whats app\"", "\"whats app\""); // a phrase as typed
    assertRead("-email", "-email"); // an excluded word as typed
    assertRead("email*", "email*");
    // a split adds a word, changing how many a text must hold: only where the query is that
    // word alone; a join beside other words only of a word no text holds
    assertRead("hondenbezitters tipline", "hondenbezitters tipline");
    // no text holds anti: a word that begins compounds as a prefix does is no part (antisociaal)
    assertRead("police anti social", "police antisocial");
    assertRead("police burger net", "police burger net");
    assertRead("police tip line", "police tip line");
  }

  /** police whats app left whats unmatched, where whats app alone found WhatsApp. */
  @Test
  void twoWordsBesideOthersOfWhichOneNoTextHoldsFindTheWordTextsWriteForThem() {
    assertRead("police whats app", "police whatsapp");
    SearchResponse apart = search("police whats app");
    assertTrue(apart.unmatched().isEmpty(), apart.unmatched().toString());
    assertEquals(ids("police whatsapp"), ids(apart));
  }

  /**
   * anti social found the 2 texts holding anti and social, where anti-social found 15: a text
   * holding both kept them apart, though many more texts write antisocial.
   */
  @Test
  void twoWordsFewerTextsHoldThanWriteThemAsOneFindThatWord() {
    assertRead("anti social", "antisocial");
    assertTrue(ids("anti social").size() > 2);
    assertEquals(ids("anti-social"), ids("anti social"));
  }

  /** hondenbezitters tipline, read as three words, found 21 texts without hondenbezitters. */
  @Test
  void aSplitBesideOtherWordsLeavesThemRequired() {
    assertEquals(ids("hondenbezitters tipline"), ids("hondenbezitters"));
  }

  @Test
  void wordsTheTextsWriteOtherwiseAreReadAsTheTextsWriteThem() {
    assertRead("anti-social", "antisocial");
    assertRead("email", "e-mail");
    assertRead("tipline", "tip-line");
    assertRead("whats app", "whatsapp");
  }

  private static void assertRead(String query, String expected) {
    WrittenForms forms = new WrittenForms(IndexSchema.queryAnalyzer());
    String read = shipped.index().withView(view -> forms.read(query, view));
    assertEquals(expected, read, query);
  }

  private static List<String> ids(String query) {
    return ids(search(query));
  }

  private static List<String> ids(SearchResponse response) {
    return response.hits().stream().map(hit -> hit.id()).toList();
  }

  private static SearchResponse search(String query) {
    return shipped.service().search(
        new SearchRequest(query, Map.of(), null, null, 1, 10, SortOrder.RELEVANCE, "en"));
  }
}
