package nl.buurtkennis.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;

/**
 * A selection of values of one facet (the documents that hold any of them), read from the
 * values' documents that each commit holds in memory ({@link FacetPostings}) instead of from
 * their drill-down terms' postings in the index: the same documents, without decoding the
 * postings of a value that most documents hold.
 */
final class SelectedValues extends DocumentsInMemory {
  private final FacetPostings postings;
  private final int[] ordinals;
  private final Query selection;

  private SelectedValues(FacetPostings postings, int[] ordinals, Query selection) {
    this.postings = postings;
    this.ordinals = ordinals;
    this.selection = selection;
  }

  /**
   * {@code selection} read from memory where it is a selection of facet values as
   * {@link DrillDownQuery} makes it (any of its values' drill-down terms), else as it is (a year
   * range).
   */
  static Query of(IndexView view, Query selection) throws IOException {
    return view.facetState() == null ? selection : of(view.facetPostings(), selection);
  }

  /** As {@link #of(IndexView, Query)}, from the values' documents in {@code postings}. */
  static Query of(FacetPostings postings, Query selection) {
    if (!(selection instanceof BooleanQuery any) || any.getMinimumNumberShouldMatch() > 0
        || any.clauses().isEmpty()) {
      return selection;
    }
    int[] ordinals = new int[any.clauses().size()];
    for (int i = 0; i < ordinals.length; i++) {
      BooleanClause clause = any.clauses().get(i);
      if (clause.getOccur() != BooleanClause.Occur.SHOULD
          || !(clause.getQuery() instanceof TermQuery value) || !postings.isValue(value.getTerm())) {
        return selection;
      }
      ordinals[i] = postings.ordinal(value.getTerm());
    }
    return new SelectedValues(postings, ordinals, selection);
  }

  /**
   * The documents of the segment that hold any of the values, deleted ones too, or null where
   * none does; see {@link FacetPostings#documents}: not to be changed.
   */
  @Override
  FixedBitSet documents(LeafReaderContext leaf) {
    return postings.documents(leaf, ordinals);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    selection.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return selection.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && postings == ((SelectedValues) other).postings
        && Arrays.equals(ordinals, ((SelectedValues) other).ordinals);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), System.identityHashCode(postings), Arrays.hashCode(ordinals));
  }
}
