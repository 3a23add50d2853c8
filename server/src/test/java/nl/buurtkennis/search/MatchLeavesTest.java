package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A compound's parts share the compound's position, so a field's matches may come out of the
 * order of their offsets; the passages are still built, in offset order. With Lucene's own reader
 * of the matches, an assertion failed for these words (tests run with assertions on).
 */
class MatchLeavesTest {
  @RegisterExtension
  static final ShippedIndex shipped = new ShippedIndex();

  @Test
  void compoundsWhosePartsMatchApartGetTheirPassages() {
    for (String query : new String[] {"straatverlichting", "inbraakpreventie"}) {
      SearchResponse found = shipped.service().search(new SearchRequest(query, Map.of(), null,
          null, 1, 10, SortOrder.RELEVANCE, "nl", false));
      assertFalse(found.hits().isEmpty(), query);
      assertTrue(found.hits().stream().anyMatch(hit -> hit.snippet().contains("<mark>")), query);
    }
  }

  /**
   * A long text's matches are read up to the end of the part its passages are chosen from, not
   * to its end: a 4.8 MB report holding the query's words throughout made each search that
   * found it take seconds.
   */
  @Test
  void matchesAreReadOnlyUpToTheLimit() throws Exception {
    EveryTenCharacters matches = new EveryTenCharacters(1_000_000);

    List<MatchLeaves.Leaf> leaves = MatchLeaves.of(matches, 1_000);

    assertEquals(100, leaves.size());
    assertEquals(990, leaves.get(leaves.size() - 1).start());
    assertEquals(101, matches.read, "the reading stops at the first match past the limit");
  }

  /** A term matched every ten characters, {@code count} times. */
  private static final class EveryTenCharacters implements MatchesIterator {
    private final Query query = new TermQuery(new Term("body_nl", "buurt"));
    private final int count;
    private int read;

    EveryTenCharacters(int count) {
      this.count = count;
    }

    @Override
    public boolean next() {
      return ++read <= count;
    }

    @Override
    public int startPosition() {
      return read - 1;
    }

    @Override
    public int endPosition() {
      return read - 1;
    }

    @Override
    public int startOffset() {
      return 10 * (read - 1);
    }

    @Override
    public int endOffset() {
      return 10 * (read - 1) + 5;
    }

    @Override
    public MatchesIterator getSubMatches() {
      return null;
    }

    @Override
    public Query getQuery() {
      return query;
    }
  }
}
