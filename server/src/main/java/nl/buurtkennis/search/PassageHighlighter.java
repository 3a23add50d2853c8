package nl.buurtkennis.search;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
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
 * made to build the query's weight once per index segment instead of once per hit.
 */
final class PassageHighlighter extends UnifiedHighlighter {

  PassageHighlighter(Builder builder) {
    super(builder);
  }

  Map<String, Object[]> passages(String[] fields, Query query, int[] docIds, int[] maxPassages)
      throws IOException {
    return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
  }

  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource,
      UHComponents components) {
    if (offsetSource == OffsetSource.POSTINGS
        && components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES)) {
      return new WeightPerSegment(components);
    }
    return super.getOffsetStrategy(offsetSource, components);
  }

  /**
   * Lucene's strategy for offsets in the postings with weight matches, which rewrites the query and
   * creates its weight for every hit; here both are made once per segment and field and reused for
   * every hit in it, with the same field mapping, so the matches are the same.
   */
  private static final class WeightPerSegment extends PostingsOffsetStrategy {
    private final Map<Object, Segment> segments = new IdentityHashMap<>();

    private record Segment(LeafReader reader, Weight weight) {}

    WeightPerSegment(UHComponents components) {
      super(components);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int docId,
        List<OffsetsEnum> results) throws IOException {
      Segment segment = segments.get(leafReader.getCoreCacheHelper() == null ? leafReader
          : leafReader.getCoreCacheHelper().getKey());
      if (segment == null) {
        segment = segment(leafReader);
        segments.put(leafReader.getCoreCacheHelper() == null ? leafReader
            : leafReader.getCoreCacheHelper().getKey(), segment);
      }
      Matches matches = segment.weight().matches(segment.reader().getContext(), docId);
      if (matches == null) {
        return;
      }
      for (String field : matches) {
        if (components.getFieldMatcher().test(field)) {
          MatchesIterator iterator = matches.getMatches(field);
          if (iterator != null) {
            results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(iterator));
          }
        }
      }
    }

    private Segment segment(LeafReader leafReader) throws IOException {
      LeafReader remapped = new FilterLeafReader(leafReader) {
        @Override
        public Terms terms(String field) throws IOException {
          return super.terms(components.getFieldMatcher().test(field)
              ? components.getField() : field);
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
          return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
          return null;
        }
      };
      IndexSearcher searcher = new IndexSearcher(remapped);
      searcher.setQueryCache(null);
      Weight weight = searcher.rewrite(components.getQuery())
          .createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1.0f);
      return new Segment(remapped, weight);
    }
  }
}
