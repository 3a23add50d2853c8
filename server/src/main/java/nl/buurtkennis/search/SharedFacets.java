package nl.buurtkennis.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;

/**
 * Facet counts that many searches read at once. Lucene's counts look their values up through
 * one doc-values iterator of the index, which must not be used by two threads at a time, so each
 * read takes a lock; a read is a lookup of microseconds.
 */
final class SharedFacets extends Facets {
  private final Facets facets;

  SharedFacets(Facets facets) {
    this.facets = facets;
  }

  @Override
  public synchronized FacetResult getAllChildren(String dim, String... path) throws IOException {
    return facets.getAllChildren(dim, path);
  }

  @Override
  public synchronized FacetResult getTopChildren(int topN, String dim, String... path)
      throws IOException {
    return facets.getTopChildren(topN, dim, path);
  }

  @Override
  public synchronized Number getSpecificValue(String dim, String... path) throws IOException {
    return facets.getSpecificValue(dim, path);
  }

  @Override
  public synchronized List<FacetResult> getAllDims(int topN) throws IOException {
    return facets.getAllDims(topN);
  }

  @Override
  public synchronized List<FacetResult> getTopDims(int topNDims, int topNChildren)
      throws IOException {
    return facets.getTopDims(topNDims, topNChildren);
  }
}
