package nl.buurtkennis.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;

/**
 * Of a document and its translation both among the first {@link #WINDOW} hits, the one in the
 * reader's language takes the better of their two places: BM25 weighs a word by its rarity among
 * the documents of one language, 14 in English against 32 in Dutch, so the exact English title
 * of a translation ({@code Police Kids}) ranked the Dutch original first, and a Dutch query
 * ({@code overlast van jongeren}) could rank the English translation first. The window is the
 * same for every page, so that a page shows what the pages before it left.
 */
final class LanguagePairs {
  /** The first hits among which pairs are put in order. */
  static final int WINDOW = 20;

  private LanguagePairs() {}

  /**
   * How many hits to collect for the first {@code wanted} in {@code sort}'s order: by relevance,
   * at least the window, so that every page size sees the same pairs.
   */
  static int collected(SortOrder sort, int wanted) {
    return sort == SortOrder.RELEVANCE ? Math.max(wanted, WINDOW) : wanted;
  }

  /**
   * A hit that changed places with its translation {@code translation} (its id): it took the
   * translation's better place, or the translation took its place.
   */
  record Swap(String translation, boolean tookItsPlace) {}

  /**
   * Puts each pair in the window of {@code hits}, collected for {@code request}, in its
   * language's order; nothing changes unless the hits are ranked by relevance. Each hit keeps its
   * own score, so that a hit moved up scores no higher than the hits after it, up to its
   * translation (the same where they tie).
   *
   * @return the doc id of each hit moved, up or down, with how and with which translation
   */
  static Map<Integer, Swap> order(IndexView view, ScoreDoc[] hits, SearchRequest request)
      throws IOException {
    if (request.sort() != SortOrder.RELEVANCE) {
      return Map.of();
    }
    String lang = request.lang();
    List<LeafReaderContext> leaves = view.getIndexReader().leaves();
    Map<String, Integer> firstOfPair = new HashMap<>();
    Map<Integer, Swap> moved = new HashMap<>();
    for (int i = 0; i < Math.min(hits.length, WINDOW); i++) {
      String pair = value(leaves, hits[i].doc, IndexSchema.PAIR);
      if (pair == null) {
        continue;
      }
      Integer first = firstOfPair.putIfAbsent(pair, i);
      if (first != null && lang.equals(value(leaves, hits[i].doc, IndexSchema.LANG))
          && !lang.equals(value(leaves, hits[first].doc, IndexSchema.LANG))) {
        ScoreDoc better = hits[first];
        hits[first] = hits[i];
        hits[i] = better;
        moved.put(hits[first].doc, new Swap(value(leaves, better.doc, IndexSchema.ID_SORT), true));
        moved.put(better.doc, new Swap(value(leaves, hits[first].doc, IndexSchema.ID_SORT), false));
      }
    }
    return moved;
  }

  private static String value(List<LeafReaderContext> leaves, int doc, String field)
      throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
    return values.advanceExact(doc - leaf.docBase)
        ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
  }
}
