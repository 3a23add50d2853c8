package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BitDocIdSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * A search without words, as a user browsing by facet makes: every document passes the query, so
 * what it finds and the facet counts follow from the selections alone. Drill sideways would walk
 * every document of the index to count what a selection leaves out; here a selected facet is
 * counted over the documents that pass the other facets' selections, found through their
 * postings, and a facet with the only selection shows the counts of all documents, which each
 * commit makes once ({@link IndexView#countsOfAll()}). Documents that are most of the index are
 * counted as all documents minus the others ({@link FacetDifference}). The answer is the one drill
 * sideways gives: the same hits in the same order, the same totals and counts.
 */
final class SelectionSearch {
  private SelectionSearch() {}

  /**
   * @param all every document narrowed by every selection
   * @param allBut every document narrowed by the selections of all facets but the one given
   * @param selected the facets with a selection: the dimensions of {@code all}
   */
  static DrillSideways.DrillSidewaysResult search(IndexView view, DrillDownQuery all,
      Function<String, DrillDownQuery> allBut, Set<String> selected, int wanted, Sort sort)
      throws IOException {
    if (selected.isEmpty()) {
      TopDocs hits = view.search(new MatchAllDocsQuery(),
          new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE));
      return result(view.countsOfAll(), hits);
    }
    FacetsCollectorManager.FacetsResult found =
        FacetsCollectorManager.search(view, all, wanted, sort, false, new FacetsCollectorManager());
    Facets narrowed = counts(view, found.facetsCollector());
    Map<String, Facets> sideways = new HashMap<>();
    for (String dim : selected) {
      sideways.put(dim, selected.size() == 1 ? view.countsOfAll() : counts(view,
          FacetsCollectorManager.search(view, allBut.apply(dim), 0, new FacetsCollectorManager())
              .facetsCollector()));
    }
    return result(new MultiFacets(sideways, narrowed), found.topDocs());
  }

  /**
   * The facet counts of {@code matches}; where they are most of the index, the counts of all
   * documents minus those of the few documents outside them, which cost less to count.
   */
  private static Facets counts(IndexView view, FacetsCollector matches) throws IOException {
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

  private static DrillSideways.DrillSidewaysResult result(Facets facets, TopDocs hits) {
    return new DrillSideways.DrillSidewaysResult(facets, hits, null, null, null);
  }
}
