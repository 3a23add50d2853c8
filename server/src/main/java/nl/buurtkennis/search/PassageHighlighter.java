package nl.buurtkennis.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * The unified highlighter, opened up to return the formatter's objects instead of strings, and
 * made to find the query's matches in a hit once for all its fields instead of building the
 * query's weight again for every hit and field.
 */
final class PassageHighlighter extends UnifiedHighlighter {
  /** The query's weight per segment, for the query of the current call. */
  private final Map<Object, Weight> weights = new HashMap<>();
  /** The query's matches per segment and hit, for the query of the current call. */
  private final Map<Object, Map<Integer, Optional<Matches>>> matches = new HashMap<>();

  PassageHighlighter(Builder builder) {
    super(builder);
  }

  Map<String, Object[]> passages(String[] fields, Query query, int[] docIds, int[] maxPassages)
      throws IOException {
    weights.clear();
    matches.clear();
    try {
      return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    } finally {
      weights.clear();
      matches.clear();
    }
  }

  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource,
      UHComponents components) {
    if (offsetSource == OffsetSource.POSTINGS
        && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
      return new SharedMatches(components);
    }
    return super.getOffsetStrategy(offsetSource, components);
  }

  /**
   * Lucene's strategy for offsets in the postings with weight matches, which rewrites the query,
   * creates its weight and computes its matches for every hit and every field. The highlighter is
   * built without a field matcher, so a field matches only itself and Lucene's field remapping
   * reads every field as it is: the weight (per segment) and the matches (per hit) are the same
   * for every field of a call and are computed once.
   */
  private final class SharedMatches extends PostingsOffsetStrategy {
    SharedMatches(UHComponents components) {
      super(components);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int docId,
        List<OffsetsEnum> results) throws IOException {
      Object key = leafReader.getCoreCacheHelper() == null ? leafReader
          : leafReader.getCoreCacheHelper().getKey();
      Map<Integer, Optional<Matches>> perDoc = matches.computeIfAbsent(key, k -> new HashMap<>());
      Optional<Matches> found = perDoc.get(docId);
      if (found == null) {
        found = Optional.ofNullable(weight(key, leafReader).matches(leafReader.getContext(), docId));
        perDoc.put(docId, found);
      }
      if (found.isEmpty()) {
        return;
      }
      for (String field : found.get()) {
        if (components.getFieldMatcher().test(field)) {
          MatchesIterator iterator = found.get().getMatches(field);
          if (iterator != null) {
            results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
          }
        }
      }
    }

    private Weight weight(Object key, LeafReader leafReader) throws IOException {
      Weight weight = weights.get(key);
      if (weight == null) {
        IndexSearcher searcher = new IndexSearcher(leafReader);
        searcher.setQueryCache(null);
        weight = searcher.rewrite(components.getQuery())
            .createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1.0f);
        weights.put(key, weight);
      }
      return weight;
    }
  }
}
