package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The live documents of each segment that pass a search's facet selections, worked out as bit
 * sets (a selection of values from the documents the commit holds in memory,
 * {@link FacetPostings}): all selections, or all but one facet's, as drill sideways counts them.
 */
final class SelectionBits {
  private final List<LeafReaderContext> leaves;
  /** Per selected facet, per segment: the documents its selection lets pass, or null for none. */
  private final Map<String, FixedBitSet[]> byDim;

  private SelectionBits(List<LeafReaderContext> leaves, Map<String, FixedBitSet[]> byDim) {
    this.leaves = leaves;
    this.byDim = byDim;
  }

  /**
   * The sets of {@code drillDown}'s selections, of the facets {@code dims} in the order they were
   * added: a selection of facet values from the documents the commit holds in memory, any other
   * (a year range) from its matches in each segment.
   */
  static SelectionBits of(IndexView view, DrillDownQuery drillDown, List<String> dims)
      throws IOException {
    Query[] selections = drillDown.getDrillDownQueries();
    if (selections.length != dims.size()) {
      throw new IllegalArgumentException(dims + " do not name the " + selections.length
          + " selections of " + drillDown);
    }
    List<LeafReaderContext> leaves = view.getIndexReader().leaves();
    Map<String, FixedBitSet[]> byDim = new LinkedHashMap<>();
    for (int i = 0; i < selections.length; i++) {
      Query selection = SelectedValues.of(view, selections[i]);
      FixedBitSet[] sets = selection instanceof SelectedValues values
          ? inMemory(values, leaves) : matches(view, selection, leaves);
      byDim.put(dims.get(i), sets);
    }
    return new SelectionBits(leaves, byDim);
  }

  private static FixedBitSet[] inMemory(SelectedValues values, List<LeafReaderContext> leaves) {
    FixedBitSet[] sets = new FixedBitSet[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      sets[leaf.ord] = values.documents(leaf);
    }
    return sets;
  }

  private static FixedBitSet[] matches(IndexView view, Query selection,
      List<LeafReaderContext> leaves) throws IOException {
    Weight weight = view.createWeight(view.rewrite(selection), ScoreMode.COMPLETE_NO_SCORES, 1f);
    FixedBitSet[] sets = new FixedBitSet[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer != null) {
        sets[leaf.ord] = new FixedBitSet(leaf.reader().maxDoc());
        sets[leaf.ord].or(scorer.iterator());
      }
    }
    return sets;
  }

  /**
   * Each selection's documents in the segment, deleted ones too, in the order of the facets
   * given: null for a selection no document passes; the commit's own sets, not to be changed.
   */
  FixedBitSet[] ofSegment(LeafReaderContext leaf) {
    return byDim.values().stream().map(sets -> sets[leaf.ord]).toArray(FixedBitSet[]::new);
  }

  /** Per segment, the live documents that pass every selection, or null where none does. */
  FixedBitSet[] all() {
    return allBut(null);
  }

  /**
   * Per segment, the live documents that pass the selections of every facet but {@code leftOut}
   * (of every facet when it is null), or null where none does. The sets are new, or the
   * commit's own when a single selection needs no narrowing: not to be changed.
   */
  FixedBitSet[] allBut(String leftOut) {
    List<FixedBitSet[]> narrowing = new ArrayList<>();
    byDim.forEach((dim, sets) -> {
      if (!dim.equals(leftOut)) {
        narrowing.add(sets);
      }
    });
    FixedBitSet[] passing = new FixedBitSet[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      passing[leaf.ord] = passing(leaf, narrowing);
    }
    return passing;
  }

  private static FixedBitSet passing(LeafReaderContext leaf, List<FixedBitSet[]> narrowing) {
    Bits live = leaf.reader().getLiveDocs();
    if (narrowing.isEmpty()) {
      FixedBitSet every = new FixedBitSet(leaf.reader().maxDoc());
      every.set(0, every.length());
      SetBits.removeDeleted(every, live);
      return every;
    }
    if (narrowing.size() == 1 && live == null) {
      return narrowing.get(0)[leaf.ord];
    }
    FixedBitSet passing = null;
    for (FixedBitSet[] sets : narrowing) {
      FixedBitSet set = sets[leaf.ord];
      if (set == null) {
        return null;
      }
      if (passing == null) {
        passing = set.clone();
      } else {
        passing.and(set);
      }
    }
    SetBits.removeDeleted(passing, live);
    return passing;
  }
}
