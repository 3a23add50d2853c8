package nl.buurtkennis.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** The unified highlighter, opened up to return the formatter's objects instead of strings. */
final class PassageHighlighter extends UnifiedHighlighter {

  PassageHighlighter(Builder builder) {
    super(builder);
  }

  Map<String, Object[]> passages(String[] fields, Query query, int[] docIds, int[] maxPassages)
      throws IOException {
    return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
  }
}
