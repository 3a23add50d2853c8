package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.queries.intervals.Intervals;
import org.apache.lucene.queries.intervals.IntervalsSource;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The matcher finds, hit by hit, exactly the matches Lucene's weights find: the same fields,
 * positions, offsets and leaf queries, in the same order, for terms, exact phrases (repeated
 * terms included, and terms at one position, as a compound and its part are), sloppy phrases
 * proximity (interval) queries and boolean queries of every kind of clause, whether the hits are asked for in increasing
 * order or not.
 */
class HitMatcherTest {
  private static final String[] FIELDS = {"body", "summary"};
  /** "ab" is indexed with its part "b" at the same position, as compounds are with their parts. */
  private static final String[] WORDS = {"a", "b", "c", "ab", "d", "e", "f"};

  @Test
  void findsTheMatchesLuceneFinds() throws IOException {
    Random random = new Random(7);
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      index(directory, random);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        int compared = 0;
        int matched = 0;
        for (int round = 0; round < 300; round++) {
          Query query = new IndexSearcher(reader).rewrite(randomQuery(random, 0));
          for (LeafReaderContext segment : reader.leaves()) {
            SegmentMatchers matchers = SegmentMatchers.of(segment, query);
            for (int doc : askedDocs(random, segment.reader().maxDoc(), round % 5 == 0)) {
              String expected = matchers.expected(doc);
              assertEquals(expected, describe(matchers.matcher().matches(doc)),
                  query + " in doc " + doc + " of segment " + segment.ord);
              compared++;
              matched += expected.isEmpty() ? 0 : 1;
            }
          }
        }
        assertTrue(matched > compared / 10, "too few matches to compare: " + matched);
      }
    }
  }

  /**
   * As the highlighter reads them: the matches of all of a segment's hits are asked for first, in
   * increasing order, and read afterwards, each field twice (a field at a time, and each field's
   * matches read anew): what a hit's matches hold must not move on with the later hits.
   */
  @Test
  void matchesReadAfterTheLaterHitsAreTheSame() throws IOException {
    Random random = new Random(11);
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
      index(directory, random);
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        int matched = 0;
        for (int round = 0; round < 200; round++) {
          Query query = new IndexSearcher(reader).rewrite(randomQuery(random, 0));
          for (LeafReaderContext segment : reader.leaves()) {
            SegmentMatchers matchers = SegmentMatchers.of(segment, query);
            int maxDoc = segment.reader().maxDoc();
            List<Matches> held = new ArrayList<>();
            for (int doc = 0; doc < maxDoc; doc++) {
              held.add(matchers.matcher().matches(doc));
            }
            for (int pass = 0; pass < 2; pass++) {
              for (int doc = 0; doc < maxDoc; doc++) {
                String expected = matchers.expected(doc);
                assertEquals(expected, describe(held.get(doc)),
                    query + " in doc " + doc + " of segment " + segment.ord + ", pass " + pass);
                matched += expected.isEmpty() ? 0 : 1;
              }
            }
          }
        }
        assertTrue(matched > 1000, "too few matches to compare: " + matched);
      }
    }
  }

  /** A segment searched alone: Lucene's weight for the query there, and the matcher under test. */
  private record SegmentMatchers(Weight weight, LeafReaderContext leaf, HitMatcher matcher) {
    static SegmentMatchers of(LeafReaderContext segment, Query query) throws IOException {
      IndexSearcher searcher = new IndexSearcher(segment.reader());
      searcher.setQueryCache(null);
      return new SegmentMatchers(
          searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f),
          searcher.getIndexReader().leaves().get(0),
          HitMatcher.of(query, searcher));
    }

    String expected(int doc) throws IOException {
      return describe(weight.matches(leaf, doc));
    }
  }

  private static void index(ByteBuffersDirectory directory, Random random) throws IOException {
    FieldType withOffsets = new FieldType(TextField.TYPE_NOT_STORED);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    withOffsets.freeze();
    IndexWriterConfig config = new IndexWriterConfig(new WithParts());
    config.setMaxBufferedDocs(97);
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < 300; i++) {
        Document doc = new Document();
        for (String field : FIELDS) {
          if (random.nextInt(5) > 0) {
            doc.add(new Field(field, text(random, 1 + random.nextInt(300)), withOffsets));
          }
        }
        writer.addDocument(doc);
      }
    }
  }

  private static String text(Random random, int words) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < words; i++) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(4) == 0 ? "  " : " ");
    }
    return text.toString();
  }

  private static Query randomQuery(Random random, int depth) {
    String field = FIELDS[random.nextInt(FIELDS.length)];
    int kind = random.nextInt(depth < 2 ? 6 : 3);
    if (kind == 5) {
      return new IntervalQuery(field, randomIntervals(random, 0));
    }
    switch (kind) {
      case 0:
        return new TermQuery(new Term(field, random.nextInt(8) == 0 ? "absent" : word(random)));
      case 1:
      case 2:
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int length = 2 + random.nextInt(3);
        int position = 0;
        for (int i = 0; i < length; i++) {
          boolean stacked = i > 0 && random.nextInt(4) == 0;
          position += stacked ? 0 : 1 + (random.nextInt(5) == 0 ? 1 : 0);
          phrase.add(new Term(field, word(random)), position);
        }
        phrase.setSlop(kind == 2 && random.nextBoolean() ? random.nextInt(3) : 0);
        return phrase.build();
      default:
        BooleanQuery.Builder bool = new BooleanQuery.Builder();
        int clauses = 1 + random.nextInt(4);
        int should = 0;
        for (int i = 0; i < clauses; i++) {
          BooleanClause.Occur occur = BooleanClause.Occur.values()[random.nextInt(4)];
          should += occur == BooleanClause.Occur.SHOULD ? 1 : 0;
          Query clause = randomQuery(random, depth + 1);
          bool.add(random.nextInt(4) == 0 ? new BoostQuery(clause, 2f) : clause, occur);
        }
        bool.setMinimumNumberShouldMatch(random.nextInt(should + 1));
        return bool.build();
    }
  }

  /**
   * Proximity as the engine asks for it (words near each other in any order, each in one of its
   * forms) and otherwise: the matcher tells a hit without a term these need from the terms alone.
   */
  private static IntervalsSource randomIntervals(Random random, int depth) {
    switch (random.nextInt(depth < 2 ? 6 : 2)) {
      case 0:
      case 1:
        return Intervals.term(random.nextInt(8) == 0 ? "absent" : word(random));
      case 2:
        return Intervals.or(randomSources(random, depth));
      case 3:
        return Intervals.maxgaps(random.nextInt(3),
            Intervals.unordered(randomSources(random, depth)));
      case 4:
        return Intervals.ordered(randomSources(random, depth));
      default:
        return Intervals.notContaining(randomIntervals(random, depth + 1),
            randomIntervals(random, depth + 1));
    }
  }

  private static IntervalsSource[] randomSources(Random random, int depth) {
    IntervalsSource[] sources = new IntervalsSource[1 + random.nextInt(3)];
    for (int i = 0; i < sources.length; i++) {
      sources[i] = randomIntervals(random, depth + 1);
    }
    return sources;
  }

  private static String word(Random random) {
    return WORDS[random.nextInt(4)];
  }

  /** Whitespace tokens, each "ab" followed by its part "b" at the same position. */
  private static final class WithParts extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String field) {
      Tokenizer words = new WhitespaceTokenizer();
      return new TokenStreamComponents(words, new TokenFilter(words) {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment =
            addAttribute(PositionIncrementAttribute.class);
        private int partStart = -1;
        private int partEnd;

        @Override
        public boolean incrementToken() throws IOException {
          if (partStart >= 0) {
            term.setEmpty().append('b');
            offset.setOffset(partStart, partEnd);
            increment.setPositionIncrement(0);
            partStart = -1;
            return true;
          }
          if (!input.incrementToken()) {
            return false;
          }
          if (term.toString().equals("ab")) {
            partStart = offset.startOffset() + 1;
            partEnd = offset.endOffset();
          }
          return true;
        }

        @Override
        public void reset() throws IOException {
          super.reset();
          partStart = -1;
        }
      });
    }
  }

  /** Every document once, in increasing order, or some documents in any order, some twice. */
  private static int[] askedDocs(Random random, int maxDoc, boolean anyOrder) {
    int[] docs = new int[anyOrder ? 40 : maxDoc];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = anyOrder ? random.nextInt(maxDoc) : i;
    }
    return docs;
  }

  private static String describe(Matches matches) throws IOException {
    if (matches == null) {
      return "";
    }
    List<String> parts = new ArrayList<>();
    for (String field : matches) {
      StringBuilder part = new StringBuilder(field).append(':');
      MatchesIterator iterator = matches.getMatches(field);
      while (iterator != null && iterator.next()) {
        part.append(' ').append(iterator.startPosition()).append('-')
            .append(iterator.endPosition()).append('@').append(iterator.startOffset()).append('-')
            .append(iterator.endOffset()).append(' ').append(iterator.getQuery())
            .append(iterator.getSubMatches() == null ? "" : " with subs");
      }
      parts.add(part.toString());
    }
    return String.join("; ", parts);
  }
}
