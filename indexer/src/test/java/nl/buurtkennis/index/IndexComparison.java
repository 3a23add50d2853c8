package nl.buurtkennis.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;

/** Asserts that two indexes answer alike: documents, stored fields, facet counts and scores. */
final class IndexComparison {
  private IndexComparison() {}

  static void assertSameIndex(DirectoryReader expected, DirectoryReader actual,
      List<Query> queries) throws IOException {
    assertEquals(0, actual.numDeletedDocs(), "an updated index keeps no deleted documents");
    assertEquals(storedById(expected), storedById(actual), "stored fields per id");
    assertEquals(facetCounts(expected), facetCounts(actual), "facet counts");
    IndexSearcher left = new IndexSearcher(expected);
    IndexSearcher right = new IndexSearcher(actual);
    for (Query query : queries) {
      assertEquals(ranking(left, query), ranking(right, query), "ranking of " + query);
    }
  }

  /** Every stored field of every live document, by id. */
  static Map<String, Map<String, List<String>>> storedById(DirectoryReader reader)
      throws IOException {
    Map<String, Map<String, List<String>>> byId = new TreeMap<>();
    var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      Document document = reader.storedFields().document(doc);
      Map<String, List<String>> fields = new TreeMap<>();
      for (IndexableField field : document.getFields()) {
        fields.computeIfAbsent(field.name(), n -> new ArrayList<>()).add(field.stringValue());
      }
      byId.put(document.get(IndexSchema.ID), fields);
    }
    return byId;
  }

  /** Each facet value's count over all documents, children of hierarchies included. */
  static Map<String, Number> facetCounts(DirectoryReader reader) throws IOException {
    var state = new DefaultSortedSetDocValuesReaderState(reader, IndexSchema.facetsConfig());
    FacetsCollector collector = new IndexSearcher(reader)
        .search(new MatchAllDocsQuery(), new FacetsCollectorManager());
    Facets facets = new SortedSetDocValuesFacetCounts(state, collector);
    Map<String, Number> counts = new TreeMap<>();
    for (FacetResult dim : facets.getAllDims(1000)) {
      collect(facets, dim.dim, new String[0], counts);
    }
    return counts;
  }

  private static void collect(Facets facets, String dim, String[] path, Map<String, Number> counts)
      throws IOException {
    FacetResult result = facets.getAllChildren(dim, path);
    if (result == null) {
      return;
    }
    for (LabelAndValue child : result.labelValues) {
      String[] childPath = java.util.Arrays.copyOf(path, path.length + 1);
      childPath[path.length] = child.label;
      counts.put(dim + "/" + String.join("/", childPath), child.value);
      if (IndexSchema.CONCEPT_DIMS.contains(dim)) {
        collect(facets, dim, childPath, counts);
      }
    }
  }

  /** Every hit as "id score", best first, ties broken by id as the search service does. */
  static List<String> ranking(IndexSearcher searcher, Query query) throws IOException {
    Sort sort = new Sort(SortField.FIELD_SCORE,
        new SortField(IndexSchema.ID_SORT, SortField.Type.STRING));
    TopFieldDocs top = searcher.search(query, 1000, sort, true);
    List<String> ranking = new ArrayList<>();
    for (ScoreDoc hit : top.scoreDocs) {
      ranking.add(searcher.storedFields().document(hit.doc).get(IndexSchema.ID) + " "
          + hit.score);
    }
    return ranking;
  }
}
