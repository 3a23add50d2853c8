package nl.buurtkennis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.analysis.WordCache;
import nl.buurtkennis.index.IndexCommitInfo;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.taxonomy.TaxonomyParser;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TaskExecutor;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * A searcher over one commit of the index, with what belongs to that commit and is costly to make
 * per request: the facet ordinals and the vocabulary the commit was built with.
 */
public final class IndexView extends IndexSearcher {
  private static final TaskExecutor ON_CALLING_THREAD = new TaskExecutor(Runnable::run);

  private final SortedSetDocValuesReaderState facetState;
  private final Taxonomy taxonomy;
  private final IndexCommitInfo commitInfo;
  private final Lazy<ConceptMatcher> concepts;
  private final Lazy<ConceptNameQueries> conceptNames;
  private final Lazy<Suggestions> suggestions;
  private final Lazy<Facets> countsOfAll;
  private final Lazy<FacetPostings> facetPostings;
  private final Lazy<PlaceNames> places;
  private final FieldInfos fieldInfos;
  /** Per query word: whether no text of this commit holds it in any form ({@link TextlessWords}). */
  private final WordCache<Boolean> textlessWords = new WordCache<>(5_000);
  /**
   * Per word: whether nothing in this commit matches it, searched alone
   * ({@link DidYouMean#unmatched}, {@link QueryWords}).
   */
  private final WordCache<Boolean> unmatchedWords = new WordCache<>(5_000);
  /**
   * Per query word, and per pair of neighbours written "a b": how the texts write it, or "" when
   * as typed ({@link WrittenForms}).
   */
  private final WordCache<String> writtenForms = new WordCache<>(5_000);
  /** Per spelling checker and word: its correction in this commit, or "" ({@link DidYouMean}). */
  private final WordCache<String> corrections = new WordCache<>(5_000);
  /**
   * Per word: its search alone, ready to tell which hits hold it, as the weights of parts any of
   * which a hit that holds it matches ({@link MissingWords}); fewer than the other caches hold,
   * as a weight holds the statistics of each of its terms.
   */
  private final WordCache<List<Weight>> wordWeights = new WordCache<>(500);

  IndexView(DirectoryReader reader) throws IOException {
    super(reader, SegmentThreads.executor());
    this.commitInfo = IndexCommitInfo.of(reader.getIndexCommit().getUserData());
    this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
    this.taxonomy = TaxonomyParser.parse(Path.of("index", IndexSchema.COMMIT_TAXONOMY),
            commitInfo.taxonomyYaml())
        .taxonomy()
        .orElseThrow(() -> new IOException("the index carries no readable taxonomy; rebuild it"));
    this.concepts = new Lazy<>(() -> new ConceptMatcher(taxonomy));
    this.conceptNames = new Lazy<>(() -> new ConceptNameQueries(taxonomy,
        IndexSchema.indexAnalyzer(), IndexSchema.facetsConfig()));
    this.suggestions = new Lazy<>(() -> Suggestions.build(reader, taxonomy));
    this.facetState = reader.maxDoc() == 0 ? null
        : new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
    this.countsOfAll = new Lazy<>(() -> {
      try {
        return new SharedFacets(new SortedSetDocValuesFacetCounts(facetState));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    this.facetPostings = new Lazy<>(() -> {
      try {
        return FacetPostings.of(facetState);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    this.places = new Lazy<>(() -> {
      try {
        return PlaceNames.of(facetState);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /**
   * Runs on the calling thread what Lucene hands to the searcher's tasks outside the search of
   * the segments itself (which runs on the segment threads all the same): above all, the look-up
   * of each of a query's terms in each segment when its weight is made. That is one task of
   * microseconds per term and segment, and a text query has hundreds of terms.
   */
  @Override
  public TaskExecutor getTaskExecutor() {
    return ON_CALLING_THREAD;
  }

  /** Runs tasks side by side on the segment threads, the calling thread taking part. */
  TaskExecutor segmentTasks() {
    return super.getTaskExecutor();
  }

  /** Collects for as long as the request's {@link SearchDeadline} allows. */
  @Override
  public <C extends Collector, T> T search(Query query, CollectorManager<C, T> manager)
      throws IOException {
    return super.search(query, SearchDeadline.watch(manager));
  }

  /**
   * The explanation of {@code doc}'s score by a weight made once: {@link #explain(Query, int)}
   * makes the query's weight anew for each document, and for a page of hits of a long query
   * that took seconds.
   */
  @Override
  public Explanation explain(Weight weight, int doc) throws IOException {
    return super.explain(weight, doc);
  }

  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    return SegmentThreads.slices(leaves);
  }

  /**
   * Whether any live document matches {@code query}: a search that stops at the first one, on the
   * calling thread, where a count would match and count them all.
   */
  boolean matchesAny(Query query) throws IOException {
    Weight weight = createWeight(rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether no text of this commit holds a query word, as far as worked out before. */
  WordCache<Boolean> textlessWords() {
    return textlessWords;
  }

  /** How the texts of this commit write query words, as far as worked out before. */
  WordCache<String> writtenForms() {
    return writtenForms;
  }

  /** Whether nothing in this commit matches a query word, as far as worked out before. */
  WordCache<Boolean> unmatchedWords() {
    return unmatchedWords;
  }

  /** The corrections of misspelled query words in this commit, as far as worked out before. */
  WordCache<String> corrections() {
    return corrections;
  }

  /** Each query word's search alone in this commit, as far as worked out before. */
  WordCache<List<Weight>> wordWeights() {
    return wordWeights;
  }

  /** The facet ordinals of this commit, or null when it holds no documents. */
  SortedSetDocValuesReaderState facetState() {
    return facetState;
  }

  public Taxonomy taxonomy() {
    return taxonomy;
  }

  /**
   * Finds the concepts of this commit's vocabulary that a query names. Made on first use, as are
   * {@link #conceptNames()} and {@link #suggestions()}: they analyse every name of the vocabulary
   * (and load the Dutch word list), which a server's start need not wait for; see {@link #warmUp()}.
   */
  ConceptMatcher concepts() {
    return concepts.get();
  }

  /** Searches the names of this commit's concepts through their facet terms. */
  ConceptNameQueries conceptNames() {
    return conceptNames.get();
  }

  /**
   * The facet counts of every document of this commit, made on first use and read by every
   * search that needs them: what a search without words shows for a facet that holds its only
   * selection, and the values (and their order) that {@link OrdinalCounts} reads. Only for a
   * commit with documents.
   */
  Facets countsOfAll() throws IOException {
    try {
      return countsOfAll.get();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The documents of each facet value of this commit, made on first use and read by every search
   * that counts facets. Only for a commit with documents.
   */
  FacetPostings facetPostings() throws IOException {
    try {
      return facetPostings.get();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The places of this commit's documents, made on first use. */
  PlaceNames places() throws IOException {
    try {
      return places.get();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** The fields of all segments, merged once instead of by every highlighter. */
  FieldInfos fieldInfos() {
    return fieldInfos;
  }

  /** The suggester of this commit. */
  Suggestions suggestions() {
    return suggestions.get();
  }

  /**
   * Makes now what searches need and would otherwise make on first use, so that no search waits
   * for it. The suggester is left to its first use: it reads every title of the index.
   */
  void warmUp() {
    concepts.get();
    conceptNames.get();
    if (facetState != null) {
      countsOfAll.get();
      facetPostings.get();
    }
  }

  /** Whether {@link #warmUp()} has nothing left to make. */
  boolean isWarm() {
    return concepts.isMade() && conceptNames.isMade()
        && (facetState == null || countsOfAll.isMade() && facetPostings.isMade());
  }

  public IndexCommitInfo commitInfo() {
    return commitInfo;
  }

  public int documentCount() {
    return getIndexReader().numDocs();
  }
}
