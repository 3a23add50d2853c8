package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet counts of the documents a search collected. Counting reads the facet values of every
 * document; where the documents are most of the index, the counts of all documents (which each
 * commit makes once, {@link IndexView#countsOfAll()}) minus those of the few documents outside
 * them cost less, and read the same ({@link FacetDifference}).
 */
final class MatchCounts {
  private MatchCounts() {}

  static Facets of(IndexView view, FacetsCollector matches) throws IOException {
    long found = 0;
    for (FacetsCollector.MatchingDocs leaf : matches.getMatchingDocs()) {
      found += leaf.totalHits;
    }
    if (found * 2 <= view.documentCount()) {
      return new SortedSetDocValuesFacetCounts(view.facetState(), matches);
    }
    return new FacetDifference(view.countsOfAll(),
        new SortedSetDocValuesFacetCounts(view.facetState(), outside(view, matches)));
  }

  /** The live documents of the index that {@code matches} does not hold. */
  private static FacetsCollector outside(IndexView view, FacetsCollector matches)
      throws IOException {
    Map<Integer, FacetsCollector.MatchingDocs> inside = new HashMap<>();
    for (FacetsCollector.MatchingDocs leaf : matches.getMatchingDocs()) {
      inside.put(leaf.context.ord, leaf);
    }
    List<FacetsCollector.MatchingDocs> outside = new ArrayList<>();
    for (LeafReaderContext leaf : view.getIndexReader().leaves()) {
      FixedBitSet docs = live(leaf);
      FacetsCollector.MatchingDocs in = inside.get(leaf.ord);
      DocIdSetIterator found = in == null ? null : in.bits.iterator();
      if (found != null) {
        docs.andNot(found);
      }
      int count = docs.cardinality();
      outside.add(new FacetsCollector.MatchingDocs(leaf, new BitDocIdSet(docs, count), count,
          null));
    }
    return new FacetsCollector() {
      @Override
      public List<MatchingDocs> getMatchingDocs() {
        return outside;
      }
    };
  }

  /** The live documents of a segment, as a set of its own. */
  private static FixedBitSet live(LeafReaderContext leaf) {
    Bits live = leaf.reader().getLiveDocs();
    if (live != null) {
      return FixedBitSet.copyOf(live);
    }
    FixedBitSet all = new FixedBitSet(leaf.reader().maxDoc());
    all.set(0, all.length());
    return all;
  }
}
