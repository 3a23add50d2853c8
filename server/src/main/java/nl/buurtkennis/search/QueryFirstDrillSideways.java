package nl.buurtkennis.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.MultiFacets;

/**
 * Lucene's drill sideways, always walking the query's matches first and checking each against
 * the selected facet values. Lucene otherwise picks, when the query matches much of the index, a
 * "union" walk that advances every selection's documents beside the query's. A text query's
 * matches are ready in a bit set, scored clause by clause ({@link
 * nl.buurtkennis.search.scoring.TermAtATimeQuery}). Its counts are {@link MatchCounts}: a large
 * set of matches is counted from each facet value's documents.
 */
final class QueryFirstDrillSideways extends DrillSideways {
  private final IndexView view;

  QueryFirstDrillSideways(IndexView view, FacetsConfig config) {
    super(view, config, view.facetState());
    this.view = view;
  }

  @Override
  protected boolean scoreSubDocsAtOnce() {
    return true;
  }

  /** As Lucene builds them, each set of matches counted by {@link MatchCounts}. */
  @Override
  protected Facets buildFacetsResult(FacetsCollector drillDowns, FacetsCollector[] drillSideways,
      String[] drillSidewaysDims) throws IOException {
    Facets narrowed = drillDowns == null ? null : MatchCounts.of(view, drillDowns);
    Map<String, Facets> sideways = new HashMap<>();
    if (drillSideways != null) {
      for (int i = 0; i < drillSideways.length; i++) {
        sideways.put(drillSidewaysDims[i], MatchCounts.of(view, drillSideways[i]));
      }
    }
    return sideways.isEmpty() ? narrowed : new MultiFacets(sideways, narrowed);
  }
}
