package nl.buurtkennis.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
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
 * every document of the index to count what a selection leaves out; here a selected facet is
 * counted over the documents that pass the other facets' selections, found from the documents of
 * their values that the commit holds in memory ({@link SelectedValues}), and a facet with the only selection shows the counts of all documents, which each
 * commit makes once ({@link IndexView#countsOfAll()}); other counts are {@link MatchCounts}. The
 * answer is the one drill sideways gives: the same hits in the same order, the same totals and
 * counts.
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
    Optional<SelectionBits> bits = SelectionBits.of(view, all, List.copyOf(selected));
    if (bits.isPresent()) {
      return search(view, all.getBaseQuery(), bits.get(), selected, wanted, sort);
    }
    FacetsCollectorManager.FacetsResult found = FacetsCollectorManager.search(view,
        SelectedValues.of(view, all), wanted, sort, false, new FacetsCollectorManager());
    Facets narrowed = MatchCounts.of(view, found.facetsCollector());
    Map<String, Facets> sideways = new HashMap<>();
    for (String dim : selected) {
      sideways.put(dim, selected.size() == 1 ? view.countsOfAll() : MatchCounts.of(view,
          FacetsCollectorManager.search(view, SelectedValues.of(view, allBut.apply(dim)), 0,
              new FacetsCollectorManager()).facetsCollector(), dim));
    }
    return result(new MultiFacets(sideways, narrowed), found.topDocs());
  }

  /**
   * The search with every selection read as bit sets: the hits are collected from the documents
   * that pass them all, and the counts are read from those and from each facet's sideways set,
   * without collecting them.
   */
  private static DrillSideways.DrillSidewaysResult search(IndexView view, Query base,
      SelectionBits bits, Set<String> selected, int wanted, Sort sort) throws IOException {
    FixedBitSet[] passing = bits.all();
    Query narrowed = new BooleanQuery.Builder()
        .add(base, BooleanClause.Occur.MUST)
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
