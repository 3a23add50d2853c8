package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/**
 * The facet counts of a set of documents as the counts of a larger set minus those of the
 * documents of it outside the set: cheaper to count when the set holds most of the larger one.
 * Reads as Lucene's sorted-set counts of the set itself would: the same values, children in the
 * same order (by count, ties in the order of the values' ordinals), none with a count of 0.
 */
final class FacetDifference extends Facets {
  private final Facets whole;
  private final Facets outside;

  FacetDifference(Facets whole, Facets outside) {
    this.whole = whole;
    this.outside = outside;
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) throws IOException {
    FacetResult all = whole.getAllChildren(dim, path);
    if (all == null) {
      return null;
    }
    FacetResult outsideChildren = outside.getAllChildren(dim, path);
    Map<String, Number> out = byLabel(outsideChildren);
    List<LabelAndValue> children = new ArrayList<>();
    for (LabelAndValue child : all.labelValues) {
      int count = child.value.intValue() - out.getOrDefault(child.label, 0).intValue();
      if (count > 0) {
        children.add(new LabelAndValue(child.label, count));
      }
    }
    return new FacetResult(dim, path, pathCount(all, outsideChildren),
        children.toArray(LabelAndValue[]::new), children.size());
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    if (topN <= 0) {
      throw new IllegalArgumentException("topN must be > 0 (got: " + topN + ")");
    }
    FacetResult all = getAllChildren(dim, path);
    if (all == null || all.labelValues.length == 0) {
      return null;
    }
    List<LabelAndValue> children = new ArrayList<>(List.of(all.labelValues));
    // Stable: equal counts keep the order of their ordinals, as Lucene's top children do.
    children.sort((a, b) -> Integer.compare(b.value.intValue(), a.value.intValue()));
    List<LabelAndValue> top = children.subList(0, Math.min(topN, children.size()));
    return new FacetResult(dim, path, all.value, top.toArray(LabelAndValue[]::new),
        all.childCount);
  }

  @Override
  public Number getSpecificValue(String dim, String... path) throws IOException {
    Number all = whole.getSpecificValue(dim, path);
    if (all.intValue() < 0) {
      return all;
    }
    return all.intValue() - Math.max(0, outside.getSpecificValue(dim, path).intValue());
  }

  /** Not needed: the search reads the facets it shows by name. */
  @Override
  public List<FacetResult> getAllDims(int topN) {
    throw new UnsupportedOperationException("read facet counts by dimension");
  }

  private static Map<String, Number> byLabel(FacetResult result) {
    Map<String, Number> counts = new HashMap<>();
    if (result != null) {
      for (LabelAndValue child : result.labelValues) {
        counts.put(child.label, child.value);
      }
    }
    return counts;
  }

  /** The count of the dimension or path itself where Lucene keeps one; -1 where it does not. */
  private static Number pathCount(FacetResult all, FacetResult out) {
    if (all.value.intValue() < 0) {
      return all.value;
    }
    return all.value.intValue() - (out == null ? 0 : Math.max(0, out.value.intValue()));
  }
}
