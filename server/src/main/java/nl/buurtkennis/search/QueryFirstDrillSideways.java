package nl.buurtkennis.search;

import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.search.IndexSearcher;

/**
 * Lucene's drill sideways, always walking the query's matches first and checking each against
 * the selected facet values, so that only a document that passes them all is scored. Lucene
 * otherwise picks, when the query matches much of the index, a "union" walk that scores every
 * match before it knows whether the match passes the selections; most do not.
 */
final class QueryFirstDrillSideways extends DrillSideways {
  QueryFirstDrillSideways(IndexSearcher searcher, FacetsConfig config,
      SortedSetDocValuesReaderState state) {
    super(searcher, config, state);
  }

  @Override
  protected boolean scoreSubDocsAtOnce() {
    return true;
  }
}
