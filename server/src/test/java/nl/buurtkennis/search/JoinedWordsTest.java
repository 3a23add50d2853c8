package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A query that joins words with a full stop or colon ({@code waaks.nl}, {@code titel:burgernet})
 * searches them as words apart: the site's name finds its document first, and the word no text
 * holds is named as finding nothing instead of keeping the other from matching.
 */
class JoinedWordsTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void joinedWordsAreWrittenApartOutsidePhrasesAndExclusions() {
    assertEquals("waaks nl", JoinedWords.apart("waaks.nl"));
    assertEquals("titel burgernet", JoinedWords.apart("titel:burgernet"));
    assertEquals("\"burgernet.nl\" -politie.nl 1.5", JoinedWords.apart("\"burgernet.nl\" -politie.nl 1.5"));
    assertEquals("buurtpreventie", JoinedWords.apart("buurtpreventie"));
  }

  @Test
  void aSiteNameFindsItsDocumentFirst() {
    SearchResponse waaks = search("waaks.nl");
    assertEquals("waaks", waaks.hits().get(0).id());
    assertEquals(List.of("nl"), waaks.unmatched());
    assertEquals("burgernet", search("burgernet.nl").hits().get(0).id());
  }

  @Test
  void aFieldNameTypedBeforeAColonIsAWordLikeAnyOther() {
    SearchResponse titled = search("title:burgernet");
    assertEquals(search("title burgernet").total(), titled.total());
    assertEquals("burgernet", titled.hits().get(0).id());
  }

  private static SearchResponse search(String query) {
    return shipped.service().search(new SearchRequest(query, Map.of(), null, null, 1, 10,
        SortOrder.RELEVANCE, "nl", false));
  }
}
