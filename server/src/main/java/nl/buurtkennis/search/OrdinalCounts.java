package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;

/**
 * Facet counts given as a count per value ordinal ({@link FacetPostings#count}), read as Lucene's
 * sorted-set counts of the same documents would be: the values and their order come from the
 * counts of all documents (children by count, ties in the order of the values' ordinals), none
 * with a count of 0.
 */
final class OrdinalCounts extends Facets {
  private final Facets all;
  private final FacetPostings postings;
  private final int[] counts;

  /**
   * @param all the counts of every document of the commit, which hold every value the counted
   *     documents can hold
   */
  OrdinalCounts(Facets all, FacetPostings postings, int[] counts) {
    this.all = all;
    this.postings = postings;
    this.counts = counts;
  }

  @Override
  public FacetResult getAllChildren(String dim, String... path) throws IOException {
    FacetResult ofAll = all.getAllChildren(dim, path);
    if (ofAll == null) {
      return null;
    }
    List<LabelAndValue> children = new ArrayList<>();
    int sum = 0;
    for (LabelAndValue child : ofAll.labelValues) {
      int count = count(dim, append(path, child.label));
      if (count > 0) {
        children.add(new LabelAndValue(child.label, count));
        sum += count;
      }
    }
    return new FacetResult(dim, path, pathCount(ofAll, dim, path, sum),
        children.toArray(LabelAndValue[]::new), children.size());
  }

  @Override
  public FacetResult getTopChildren(int topN, String dim, String... path) throws IOException {
    if (topN <= 0) {
      throw new IllegalArgumentException("topN must be > 0 (got: " + topN + ")");
    }
    FacetResult children = getAllChildren(dim, path);
    if (children == null || children.labelValues.length == 0) {
      return null;
    }
    List<LabelAndValue> sorted = new ArrayList<>(List.of(children.labelValues));
    // Stable: equal counts keep the order of their ordinals, as Lucene's top children do.
    sorted.sort((a, b) -> Integer.compare(b.value.intValue(), a.value.intValue()));
    List<LabelAndValue> top = sorted.subList(0, Math.min(topN, sorted.size()));
    return new FacetResult(dim, path, children.value, top.toArray(LabelAndValue[]::new),
        children.childCount);
  }

  /**
   * A value no document of the commit holds gets the answer of the counts of all documents:
   * Lucene's -1, or its error for a path the facet cannot have.
   */
  @Override
  public Number getSpecificValue(String dim, String... path) throws IOException {
    int ord = postings.ordinal(FacetsConfig.pathToString(dim, path));
    return ord < 0 ? all.getSpecificValue(dim, path) : counts[ord];
  }

  /** Not needed: the search reads the facets it shows by name. */
  @Override
  public List<FacetResult> getAllDims(int topN) {
    throw new UnsupportedOperationException("read facet counts by dimension");
  }

  private int count(String dim, String[] path) {
    int ord = postings.ordinal(FacetsConfig.pathToString(dim, path));
    return ord < 0 ? 0 : counts[ord];
  }

  /**
   * The count of the dimension or path itself where Lucene keeps one (-1 where it does not): its
   * own value where it is one (a hierarchy's node), else the sum of its children's.
   */
  private Number pathCount(FacetResult ofAll, String dim, String[] path, int childrenSum) {
    if (ofAll.value.intValue() < 0) {
      return ofAll.value;
    }
    int ord = postings.ordinal(FacetsConfig.pathToString(dim, path));
    return ord < 0 ? childrenSum : counts[ord];
  }

  private static String[] append(String[] path, String label) {
    String[] full = Arrays.copyOf(path, path.length + 1);
    full[path.length] = label;
    return full;
  }
}
