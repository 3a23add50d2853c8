package nl.buurtkennis.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.MultiFacets;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.FixedBitSet;

/**
 * A search without words, as a user browsing by facet makes: every document passes the query, so
 * what it finds and the facet counts follow from the selections alone. Drill sideways would walk
 * every document of the index to count what a selection leaves out; here each facet's selection
 * is a bit set per segment ({@link SelectionBits}: a selection of values from the documents the
 * commit holds in memory, a year range from its points), the hits are collected from the
 * documents that pass them all, and the counts are read from those sets and from each facet's
 * sideways set ({@link MatchCounts}) without collecting them. A facet with the only selection
 * shows the counts of all documents, which each commit makes once
 * ({@link IndexView#countsOfAll()}). The answer is the one drill sideways gives: the same hits in
 * the same order, the same totals and counts.
 */
final class SelectionSearch {
  private SelectionSearch() {}

  /**
   * @param all every document narrowed by every selection
   * @param selected the facets with a selection: the dimensions of {@code all}, in the order they
   *     were added
   */
  static DrillSideways.DrillSidewaysResult search(IndexView view, DrillDownQuery all,
      Set<String> selected, int wanted, Sort sort) throws IOException {
    if (selected.isEmpty()) {
      TopDocs hits = view.search(new MatchAllDocsQuery(),
          new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE));
      return result(view.countsOfAll(), hits);
    }
    SelectionBits bits = SelectionBits.of(view, all, List.copyOf(selected));
    FixedBitSet[] passing = bits.all();
    Query narrowed = new BooleanQuery.Builder()
        .add(all.getBaseQuery(), BooleanClause.Occur.MUST)
        .add(new DocumentSetQuery(passing), BooleanClause.Occur.FILTER)
        .build();
    TopDocs hits = view.search(narrowed, new TopFieldCollectorManager(sort,
        Math.min(wanted, Math.max(1, view.getIndexReader().maxDoc())), null, Integer.MAX_VALUE,
        true));
    Map<String, Facets> sideways = new HashMap<>();
    for (String dim : selected) {
      sideways.put(dim, selected.size() == 1 ? view.countsOfAll()
          : MatchCounts.of(view, bits.allBut(dim), dim));
    }
    return result(new MultiFacets(sideways, MatchCounts.of(view, passing, null)), hits);
  }

  private static DrillSideways.DrillSidewaysResult result(Facets facets, TopDocs hits) {
    return new DrillSideways.DrillSidewaysResult(facets, hits, null, null, null);
  }
}
