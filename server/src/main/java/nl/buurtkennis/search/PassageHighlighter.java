package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * The unified highlighter, opened up to return the formatter's objects instead of strings, made
 * to find the query's matches in a hit once for all its fields instead of building the query's
 * weight again for every hit and field, reading each term's postings once for all the hits of a
 * segment ({@link HitMatcher}), and to take the text of a field from the hit's record
 * (which the caller has decoded already): the index stores the text only there, once. Passages
 * are weighed with each match's term counted in the text ({@link CountedMatches}) and weighed as
 * the query weighs it ({@link PassageWeights}).
 */
final class PassageHighlighter extends UnifiedHighlighter {
  /**
   * How much of a field's text its passages are chosen from: every match in it is read and
   * weighed, and a text of a few megabytes that holds the query's words throughout (a long
   * report, allowed up to 5 MB) made each search that found it take seconds, after the search's
   * deadline. The shipped texts are under 30,000 characters.
   */
  static final int MAX_CHARS = 100_000;

  /** The query's matcher per segment, for the query of the current call. */
  private final Map<Object, HitMatcher> matchers = new HashMap<>();
  /** The query of the current call, rewritten. */
  private Query rewritten;
  /** Rewrites the query of the current call; the plan's, which does it once for every group. */
  private Function<IndexSearcher, Query> rewriter;
  /**
   * The terms of each hit's title in a language's fields, by the language's field suffix and
   * doc id: the analysis of a field depends on its language alone ({@code LanguageAnalyzer}), and
   * the body and the summary both ask, in each call.
   */
  private final Map<String, List<String>> titleTerms = new HashMap<>();
  /** The query's matches per segment and hit, for the query of the current call. */
  private final Map<Object, Map<Integer, Optional<Matches>>> matches = new HashMap<>();

  /** @param fieldInfos the fields of the builder's searcher, which Lucene would merge anew */
  PassageHighlighter(FieldInfos fieldInfos, Builder builder) {
    super(builder);
    this.fieldInfos = fieldInfos;
  }

  /** The records of the hits of the current call, by doc id. */
  private final Map<Integer, CorpusDocument> records = new HashMap<>();
  /**
   * The typed words that the title of the hit being highlighted shows, as bits ({@link
   * PassageWords}): set for each hit and field before its passages are scored, on the one thread
   * that highlights them.
   */
  private long inTitle;
  /**
   * For the hit and field being highlighted, how often its text says the typed word that each
   * term stands in for ({@link CountedMatches#placesOfWords}); set as {@link #inTitle} is.
   */
  private Map<BytesRef, Integer> placesOfWords = Map.of();
  /** What the matches of the current call's query weigh. */
  private PassageWeights weights = PassageWeights.of(new BooleanQuery.Builder().build());

  /**
   * @param docs the record of each hit, in the order of {@code docIds}
   * @param weights what the matches of {@code query} weigh when passages are compared
   */
  Map<String, Object[]> passages(String[] fields, Query query, PassageWeights weights,
      int[] docIds, CorpusDocument[] docs, int[] maxPassages) throws IOException {
    return passages(fields, query, null, weights, docIds, docs, maxPassages);
  }

  /**
   * @param rewriter rewrites {@code query} (null: this highlighter rewrites it), so that the
   *     groups of a page's hits ({@link HitGroups}) share one rewriting
   */
  Map<String, Object[]> passages(String[] fields, Query query,
      Function<IndexSearcher, Query> rewriter, PassageWeights weights, int[] docIds,
      CorpusDocument[] docs, int[] maxPassages) throws IOException {
    matchers.clear();
    matches.clear();
    records.clear();
    rewritten = null;
    this.rewriter = rewriter;
    this.weights = weights;
    for (int i = 0; i < docIds.length; i++) {
      records.put(docIds[i], docs[i]);
    }
    try {
      return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    } finally {
      matchers.clear();
      matches.clear();
      records.clear();
      rewritten = null;
    }
  }

  /** The fields' text from the hits' records, for all the remaining hits at once. */
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
      int cacheCharsThreshold) throws IOException {
    List<CharSequence[]> values = new ArrayList<>();
    for (int docId = docIter.nextDoc(); docId != DocIdSetIterator.NO_MORE_DOCS;
        docId = docIter.nextDoc()) {
      CorpusDocument doc = records.get(docId);
      if (doc == null) {
        throw new IllegalStateException("no record given for doc " + docId);
      }
      CharSequence[] byField = new CharSequence[fields.length];
      for (int i = 0; i < fields.length; i++) {
        String text = text(doc, fields[i]);
        byField[i] = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
      }
      values.add(byField);
    }
    return values;
  }

  /** The text a field of {@link IndexSchema} was indexed from, as the converter wrote it. */
  static String text(CorpusDocument doc, String field) {
    String name = IndexSchema.nameOf(field);
    return switch (name) {
      case IndexSchema.TITLE -> doc.title();
      case IndexSchema.SUMMARY -> doc.summary();
      case IndexSchema.BODY -> doc.bodyText();
      default -> throw new IllegalArgumentException("no highlighted field " + field);
    };
  }

  /** Lucene's passage score, each match weighed by {@link PassageWeights}. */
  @Override
  protected PassageScorer getScorer(String field) {
    return scorer(field);
  }

  private LeanPassageScorer scorer(String field) {
    return new LeanPassageScorer(weights.in(field), weights.wordsIn(field), () -> inTitle,
        () -> placesOfWords);
  }

  /** The formatter weighs a cut passage with the scorer that weighed the passage. */
  @Override
  protected PassageFormatter getFormatter(String field) {
    return new SnippetFormatter(scorer(field), weights.commonIn(field));
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
   * for every field of a call and are computed once. The highlighter asks for the hits of a
   * segment in increasing order, as {@link HitMatcher} needs.
   */
  private final class SharedMatches extends PostingsOffsetStrategy {
    /** The text of the field and hit whose matches are asked for. */
    private String content = "";

    SharedMatches(UHComponents components) {
      super(components);
    }

    @Override
    public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content)
        throws IOException {
      this.content = content;
      inTitle = wordsInTitle(reader, docId, components.getField());
      placesOfWords = Map.of();
      return super.getOffsetsEnum(reader, docId, content);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader leafReader, int docId,
        List<OffsetsEnum> results) throws IOException {
      Object key = leafReader.getCoreCacheHelper() == null ? leafReader
          : leafReader.getCoreCacheHelper().getKey();
      Map<Integer, Optional<Matches>> perDoc = matches.computeIfAbsent(key, k -> new HashMap<>());
      Optional<Matches> found = perDoc.get(docId);
      if (found == null) {
        found = Optional.ofNullable(matcher(key, leafReader).matches(docId));
        perDoc.put(docId, found);
      }
      if (found.isEmpty()) {
        return;
      }
      for (String field : found.get()) {
        if (components.getFieldMatcher().test(field)) {
          CountedMatches counted = CountedMatches.of(found.get(), field, content,
              weights.wordsIn(field), weights.partsApart(),
              SuspendedWords.of(content, field));
          if (counted != null) {
            placesOfWords = counted.placesOfWords();
            results.add(counted);
          }
        }
      }
    }

    /** The typed words that the title of the hit at {@code docId} of {@code reader} shows. */
    private long wordsInTitle(LeafReader reader, int docId, String field) {
      PassageWords.InField words = weights.wordsIn(field);
      if (words.bits().isEmpty()) {
        return 0L;
      }
      for (LeafReaderContext leaf : getIndexSearcher().getIndexReader().leaves()) {
        if (leaf.reader() == reader) {
          CorpusDocument doc = records.get(leaf.docBase + docId);
          return doc == null ? 0L : words.heldBy(titleTerms.computeIfAbsent(
              field.substring(field.lastIndexOf('_')) + ":" + (leaf.docBase + docId),
              key -> ConceptNameQueries.tokens(getIndexAnalyzer(), field, doc.title())));
        }
      }
      return 0L;
    }

    /** The query is rewritten once per call: its rewriting does not depend on the segment. */
    private HitMatcher matcher(Object key, LeafReader leafReader) throws IOException {
      HitMatcher matcher = matchers.get(key);
      if (matcher == null) {
        if (rewritten == null) {
          rewritten = rewriter != null ? rewriter.apply(getIndexSearcher())
              : getIndexSearcher().rewrite(RepeatedClauses.merged(components.getQuery()));
        }
        IndexSearcher searcher = new IndexSearcher(leafReader);
        searcher.setQueryCache(null);
        matcher = HitMatcher.of(rewritten, searcher);
        matchers.put(key, matcher);
      }
      return matcher;
    }
  }
}
