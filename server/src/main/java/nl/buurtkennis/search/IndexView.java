package nl.buurtkennis.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.index.IndexCommitInfo;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.taxonomy.Taxonomy;
import nl.buurtkennis.taxonomy.TaxonomyParser;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * A searcher over one commit of the index, with what belongs to that commit and is costly to make
 * per request: the facet ordinals and the vocabulary the commit was built with.
 */
public final class IndexView extends IndexSearcher {
  private final SortedSetDocValuesReaderState facetState;
  private final Taxonomy taxonomy;
  private final IndexCommitInfo commitInfo;
  private final Lazy<ConceptMatcher> concepts;
  private final Lazy<ConceptNameQueries> conceptNames;
  private final Lazy<Suggestions> suggestions;

  IndexView(DirectoryReader reader) throws IOException {
    super(reader, SegmentThreads.executor());
    this.commitInfo = IndexCommitInfo.of(reader.getIndexCommit().getUserData());
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
  }

  /** Collects for as long as the request's {@link SearchDeadline} allows. */
  @Override
  public <C extends Collector, T> T search(Query query, CollectorManager<C, T> manager)
      throws IOException {
    return super.search(query, SearchDeadline.watch(manager));
  }

  @Override
  protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
    return SegmentThreads.slices(leaves);
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
  }

  /** Whether {@link #warmUp()} has nothing left to make. */
  boolean isWarm() {
    return concepts.isMade() && conceptNames.isMade();
  }

  public IndexCommitInfo commitInfo() {
    return commitInfo;
  }

  public int documentCount() {
    return getIndexReader().numDocs();
  }
}
