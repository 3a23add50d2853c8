package nl.buurtkennis.search;

import java.io.IOException;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;

/**
 * The facet counts of the documents a search collected. Lucene's counting reads the facet values
 * of every collected document; a set large enough to be held as bit sets is counted instead from
 * its intersections with each value's documents ({@link FacetPostings}), which costs the same
 * whatever its size, and reads the same ({@link OrdinalCounts}).
 */
final class MatchCounts {
  private MatchCounts() {}

  static Facets of(IndexView view, FacetsCollector matches) throws IOException {
    FacetPostings postings = view.facetPostings();
    int[] counts = postings.count(matches);
    if (counts == null) {
      return new SortedSetDocValuesFacetCounts(view.facetState(), matches);
    }
    return new OrdinalCounts(view.countsOfAll(), postings, counts);
  }
}
