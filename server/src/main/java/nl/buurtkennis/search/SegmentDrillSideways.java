package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import nl.buurtkennis.search.scoring.ScoresScorer;
import nl.buurtkennis.search.scoring.ScratchArrays;
import nl.buurtkennis.search.scoring.SegmentScores;
import nl.buurtkennis.search.scoring.TermAtATimeQuery;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * Drill sideways for a text query, segment by segment on bit sets. A text query's matches are
 * worked out for a whole segment at once ({@link TermAtATimeQuery}); Lucene's drill sideways
 * would then walk them one by one, checking each against every selection and handing it to a
 * collector for the hits and one for each set of counts. Here each facet's selection is a bit
 * set too, and the documents that pass all of them, or all but one facet's, are intersections:
 * only the hits of the page are compared one by one. Ordered by score, only the matches that can
 * make the page are handed to the collector ({@link CompetitiveDocs}). Each segment's task also
 * counts its facets, so that the segments' counting runs side by side too. The answer is
 * Lucene's drill sideways': the same hits, the same totals and counts.
 */
final class SegmentDrillSideways {
  private SegmentDrillSideways() {}

  /**
   * @param drillDown the text query, narrowed by the selections of each facet in {@code dims}
   * @param dims the facets of {@code drillDown}'s selections, in the order they were added
   */
  static DrillSideways.DrillSidewaysResult search(IndexView view, DrillDownQuery drillDown,
      List<String> dims, int wanted, Sort sort) throws IOException {
    Weight text = view.createWeight(view.rewrite(new TermAtATimeQuery(drillDown.getBaseQuery())),
        ScoreMode.COMPLETE, 1f);
    int competitive = byScoreFirst(sort) ? wanted : Integer.MAX_VALUE;
    return search(view, text, SelectionBits.of(view, drillDown, dims), dims, competitive,
        SearchDeadline.watch(new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE)));
  }

  private static boolean byScoreFirst(Sort sort) {
    SortField first = sort.getSort()[0];
    return first.getType() == SortField.Type.SCORE && !first.getReverse();
  }

  /**
   * @param competitive how many of a segment's best-scoring matches (and those tied with them)
   *     the collector must see; {@code Integer.MAX_VALUE} for all, when the order is not by score
   */
  private static <C extends Collector> DrillSideways.DrillSidewaysResult search(IndexView view,
      Weight text, SelectionBits selections, List<String> dims, int competitive,
      CollectorManager<C, TopFieldDocs> hits)
      throws IOException {
    FacetPostings postings = view.facetPostings();
    List<Callable<Segment>> tasks = new ArrayList<>();
    List<C> collectors = new ArrayList<>();
    for (LeafReaderContext leaf : view.getIndexReader().leaves()) {
      // Made here: a manager's collectors may not be made on several threads at once.
      C collector = hits.newCollector();
      collectors.add(collector);
      tasks.add(() ->
          Segment.search(leaf, text, selections, dims, postings, competitive, collector));
    }
    List<Segment> segments = view.segmentTasks().invokeAll(tasks);
    return result(view, dims, segments, hits.reduce(collectors));
  }

  private static DrillSideways.DrillSidewaysResult result(IndexView view, List<String> dims,
      List<Segment> segments, TopFieldDocs top) throws IOException {
    FacetPostings postings = view.facetPostings();
    int[] narrowed = postings.newCounts();
    long total = 0;
    int[][] sideways = new int[dims.size()][];
    for (int i = 0; i < sideways.length; i++) {
      sideways[i] = postings.newCounts();
    }
    for (Segment segment : segments) {
      if (segment == null) {
        continue;
      }
      total += segment.matches;
      add(segment.narrowed, narrowed);
      for (int i = 0; i < sideways.length; i++) {
        add(segment.sideways[i], sideways[i]);
      }
    }
    Facets narrowedCounts = MatchCounts.of(view, narrowed);
    Facets facets = narrowedCounts;
    if (!dims.isEmpty()) {
      Map<String, Facets> byDim = new HashMap<>();
      for (int i = 0; i < dims.size(); i++) {
        byDim.put(dims.get(i), MatchCounts.of(view, sideways[i]));
      }
      facets = new MultiFacets(byDim, narrowedCounts);
    }
    TopDocs hits = new TopFieldDocs(new TotalHits(total, TotalHits.Relation.EQUAL_TO),
        top.scoreDocs, top.fields);
    return new DrillSideways.DrillSidewaysResult(facets, hits, null, null, null);
  }

  private static void add(int[] counts, int[] sums) {
    for (int ord = 0; ord < sums.length; ord++) {
      sums[ord] += counts[ord];
    }
  }

  /**
   * One segment's number of matches that pass every selection, their facet counts (per value
   * ordinal of the commit), and those of the matches that pass all but each facet's selection
   * (that facet's values only).
   */
  private record Segment(int matches, int[] narrowed, int[][] sideways) {

    /**
     * The segment searched, its hits collected into {@code hits}; null when the deadline passed
     * before it was collected whole.
     */
    static Segment search(LeafReaderContext leaf, Weight text, SelectionBits selections,
        List<String> dims, FacetPostings postings, int competitive, Collector hits)
        throws IOException {
      try (ScratchArrays.Lending lent = ScratchArrays.open()) {
        return searchLent(leaf, text, selections, dims, postings, competitive, hits);
      }
    }

    /** As {@link #search}, with the per-document arrays of the scoring lent until it returns. */
    private static Segment searchLent(LeafReaderContext leaf, Weight text,
        SelectionBits selections, List<String> dims, FacetPostings postings, int competitive,
        Collector hits) throws IOException {
      int maxDoc = leaf.reader().maxDoc();
      FixedBitSet matched = new FixedBitSet(maxDoc);
      SegmentScores scores = null;
      Scorer scorer = text.scorer(leaf);
      if (scorer instanceof ScoresScorer scored) {
        matched = scored.docs();
        scores = scored.scores();
      } else if (scorer != null) {
        throw new IllegalStateException("a text query scores a segment at once: " + scorer);
      }
      SetBits.removeDeleted(matched, leaf.reader().getLiveDocs());
      FixedBitSet[] passing = selections.ofSegment(leaf);
      FixedBitSet narrowed = allBut(matched, passing, -1);
      int matches = narrowed.cardinality();
      try {
        collect(leaf, text, CompetitiveDocs.of(narrowed, matches, scores, competitive), scores,
            hits);
      } catch (CollectionTerminatedException e) {
        return null;
      }
      int[] narrowedCounts = postings.newCounts();
      postings.countInto(leaf, narrowed, null, narrowedCounts);
      int[][] sideways = new int[passing.length][];
      for (int i = 0; i < passing.length; i++) {
        sideways[i] = postings.newCounts();
        postings.countInto(leaf, passing.length == 1 ? matched : allBut(matched, passing, i),
            dims.get(i), sideways[i]);
      }
      return new Segment(matches, narrowedCounts, sideways);
    }

    /**
     * The matches that pass every selection but that of facet {@code except} ({@code passing}:
     * null for a selection no document of the segment passes).
     */
    private static FixedBitSet allBut(FixedBitSet matched, FixedBitSet[] passing, int except) {
      FixedBitSet docs = matched.clone();
      for (int i = 0; i < passing.length; i++) {
        if (i == except) {
          continue;
        }
        if (passing[i] == null) {
          docs.clear(0, docs.length());
          return docs;
        }
        docs.and(passing[i]);
      }
      return docs;
    }

    private static void collect(LeafReaderContext leaf, Weight text, FixedBitSet docs,
        SegmentScores scores, Collector collector) throws IOException {
      LeafCollector leafCollector = collector.getLeafCollector(leaf);
      ScoresScorer passing =
          new ScoresScorer(text, docs, docs.cardinality(), scores, Float.MAX_VALUE);
      leafCollector.setScorer(passing);
      for (int doc = passing.iterator().nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = passing.iterator().nextDoc()) {
        leafCollector.collect(doc);
      }
      leafCollector.finish();
    }
  }
}
