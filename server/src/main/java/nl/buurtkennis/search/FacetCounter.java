package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.corpus.DocumentParser;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.search.SearchResponse.FacetValue;
import nl.buurtkennis.taxonomy.Concept;
import nl.buurtkennis.taxonomy.Facet;
import nl.buurtkennis.taxonomy.Taxonomy;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Reads the counts that Lucene's facet module computed into the API's facet values: concepts in
 * the order of the taxonomy with their labels and parents, places by count, years newest first.
 */
final class FacetCounter {
  static final int MAX_PLACES = 50;
  static final int MAX_YEARS = 500;

  private final Taxonomy taxonomy;
  private final Facets facets;
  private final SearchRequest request;

  FacetCounter(Taxonomy taxonomy, Facets facets, SearchRequest request) {
    this.taxonomy = taxonomy;
    this.facets = facets;
    this.request = request;
  }

  Map<String, List<FacetValue>> count() throws IOException {
    Map<String, List<FacetValue>> result = new LinkedHashMap<>();
    for (String dim : IndexSchema.CONCEPT_DIMS) {
      result.put(dim, concepts(taxonomy.require(dim)));
    }
    result.put(IndexSchema.PLACE_DIM, places());
    result.put(IndexSchema.YEAR_DIM, years());
    return result;
  }

  private List<FacetValue> concepts(Facet facet) throws IOException {
    List<FacetValue> values = new ArrayList<>();
    List<String> selected = request.selected(facet.id());
    for (Concept concept : facet.concepts()) {
      long count = specific(facet.id(), facet.path(concept.id()).toArray(String[]::new));
      boolean isSelected = selected.contains(concept.id());
      if (count > 0 || isSelected) {
        values.add(new FacetValue(concept.id(), concept.label().in(request.lang()), count,
            isSelected, concept.parentId(), facet.depth(concept.id())));
      }
    }
    return values;
  }

  private List<FacetValue> places() throws IOException {
    List<FacetValue> values = new ArrayList<>();
    List<String> selected = request.selected(IndexSchema.PLACE_DIM);
    for (LabelAndValue value : children(IndexSchema.PLACE_DIM, MAX_PLACES)) {
      values.add(new FacetValue(value.label, value.label, value.value.longValue(),
          selected.contains(value.label), null, 0));
    }
    for (String place : selected) {
      if (values.stream().noneMatch(v -> v.id().equals(place))) {
        values.add(new FacetValue(place, place, specific(IndexSchema.PLACE_DIM, place), true, null,
            0));
      }
    }
    return values;
  }

  /**
   * The years with a count, and the selected ones: every year of the range asked for that a
   * document may have (from {@link DocumentParser#MIN_YEAR} to this year), with a count of 0 where
   * none has it, as the other facets list a selected value, so that a range is seen as selected
   * whatever it finds ({@code year_from=2020&year_to=2020} where only 2014 has documents).
   */
  private List<FacetValue> years() throws IOException {
    List<FacetValue> values = new ArrayList<>();
    Set<Integer> listed = new HashSet<>();
    for (LabelAndValue value : children(IndexSchema.YEAR_DIM, MAX_YEARS)) {
      int year = Integer.parseInt(value.label);
      listed.add(year);
      values.add(new FacetValue(value.label, value.label, value.value.longValue(), inRange(year),
          null, 0));
    }
    if (request.hasYearRange()) {
      int from = Math.max(DocumentParser.MIN_YEAR,
          request.yearFrom() == null ? Integer.MIN_VALUE : request.yearFrom());
      int to = Math.min(DocumentParser.maxYear(),
          request.yearTo() == null ? Integer.MAX_VALUE : request.yearTo());
      for (int year = from; year <= to; year++) {
        if (!listed.contains(year)) {
          String id = Integer.toString(year);
          values.add(new FacetValue(id, id, 0, true, null, 0));
        }
      }
    }
    values.sort(Comparator.comparing(FacetValue::id).reversed());
    return values;
  }

  private boolean inRange(int year) {
    return request.hasYearRange()
        && (request.yearFrom() == null || year >= request.yearFrom())
        && (request.yearTo() == null || year <= request.yearTo());
  }

  private List<LabelAndValue> children(String dim, int topN) throws IOException {
    if (facets == null) {
      return List.of();
    }
    try {
      FacetResult result = facets.getTopChildren(topN, dim);
      return result == null ? List.of() : List.of(result.labelValues);
    } catch (IllegalArgumentException dimensionNotIndexed) {
      return List.of();
    }
  }

  private long specific(String dim, String... path) throws IOException {
    if (facets == null) {
      return 0;
    }
    try {
      Number value = facets.getSpecificValue(dim, path);
      return value == null ? 0 : Math.max(0, value.longValue());
    } catch (IllegalArgumentException dimensionNotIndexed) {
      return 0;
    }
  }
}
