package nl.buurtkennis.search;

import java.io.IOException;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.util.FixedBitSet;

/**
 * The facet counts of the documents a search collected, counted per value ordinal of the commit
 * ({@link FacetPostings#count}) and read as Lucene's sorted-set counts of the same documents
 * would be ({@link OrdinalCounts}), without looking a value up in the index's terms.
 */
final class MatchCounts {
  private MatchCounts() {}

  /**
   * The counts of the documents of each segment, given as a bit set (null for none), of facet
   * {@code dim} alone (of all facets when it is null): the other facets' counts of the result are
   * not to be read.
   */
  static Facets of(IndexView view, FixedBitSet[] matches, String dim) throws IOException {
    FacetPostings postings = view.facetPostings();
    return new OrdinalCounts(view.countsOfAll(), postings,
        postings.count(view.getIndexReader().leaves(), matches, dim));
  }

  /** The counts a search added up itself, per value ordinal ({@link FacetPostings#newCounts}). */
  static Facets of(IndexView view, int[] counts) throws IOException {
    return new OrdinalCounts(view.countsOfAll(), view.facetPostings(), counts);
  }
}
