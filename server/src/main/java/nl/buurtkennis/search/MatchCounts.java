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
    return of(view, matches, null);
  }

  /**
   * The counts of facet {@code dim} alone (of all facets when it is null): the other facets'
   * counts of the result are not to be read.
   */
  static Facets of(IndexView view, FacetsCollector matches, String dim) throws IOException {
    FacetPostings postings = view.facetPostings();
    int[] counts = postings.count(matches, dim);
    if (counts == null) {
      return new SortedSetDocValuesFacetCounts(view.facetState(), matches);
    }
    return new OrdinalCounts(view.countsOfAll(), postings, counts);
  }
}
