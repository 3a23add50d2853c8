package nl.buurtkennis.search.scoring;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * One segment's evaluation of a clause tree: the scorer supplier of each leaf, which Lucene lets
 * a weight make once per segment, and whether each boolean clause has a scorer there.
 */
final class SegmentEvaluation {
  private final LeafReaderContext context;
  private final Map<Weight, Optional<ScorerSupplier>> suppliers = new IdentityHashMap<>();
  private final Map<ScoredClause, Boolean> exists = new IdentityHashMap<>();

  SegmentEvaluation(LeafReaderContext context) {
    this.context = context;
  }

  LeafReaderContext context() {
    return context;
  }

  int maxDoc() {
    return context.reader().maxDoc();
  }

  /** The scorer supplier of {@code weight} in this segment, or null where it matches nothing. */
  ScorerSupplier supplier(Weight weight) throws IOException {
    Optional<ScorerSupplier> supplier = suppliers.get(weight);
    if (supplier == null) {
      supplier = Optional.ofNullable(weight.scorerSupplier(context));
      suppliers.put(weight, supplier);
    }
    return supplier.orElse(null);
  }

  /** Whether {@code clause} has a scorer in this segment, worked out once. */
  boolean exists(ScoredClause clause, ExistsCheck check) throws IOException {
    Boolean known = exists.get(clause);
    if (known == null) {
      known = check.exists();
      exists.put(clause, known);
    }
    return known;
  }

  interface ExistsCheck {
    boolean exists() throws IOException;
  }
}
