package nl.buurtkennis.search;

import java.io.IOException;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet counts of the documents a search collected, counted per value ordinal of the commit
 * ({@link FacetPostings#count}) and read as Lucene's sorted-set counts of the same documents
 * would be ({@link OrdinalCounts}), without looking a value up in the index's terms.
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
    return new OrdinalCounts(view.countsOfAll(), postings, postings.count(matches, dim));
  }

  /**
   * As {@link #of(IndexView, FacetsCollector, String)}, of the documents of each segment given as
   * a bit set (null for none).
   */
  static Facets of(IndexView view, FixedBitSet[] matches, String dim) throws IOException {
    FacetPostings postings = view.facetPostings();
    return new OrdinalCounts(view.countsOfAll(), postings,
        postings.count(view.getIndexReader().leaves(), matches, dim));
  }
}
