package nl.buurtkennis.search.scoring;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Weight;

/**
 * A weight that scores a segment in its own way, and explains a document and finds its matches as
 * the weight of an equivalent query does (one that matches and scores the same), made when first
 * asked: these are asked of a few documents, for explanations and highlighting.
 */
public abstract class EquivalentWeight extends Weight {
  private final Maker equivalent;
  private Weight made;

  /** Makes the weight of the equivalent query. */
  public interface Maker {
    Weight make() throws IOException;
  }

  protected EquivalentWeight(Query query, Maker equivalent) {
    super(query);
    this.equivalent = equivalent;
  }

  private synchronized Weight equivalent() throws IOException {
    if (made == null) {
      made = equivalent.make();
    }
    return made;
  }

  @Override
  public Explanation explain(LeafReaderContext context, int doc) throws IOException {
    return equivalent().explain(context, doc);
  }

  @Override
  public Matches matches(LeafReaderContext context, int doc) throws IOException {
    return equivalent().matches(context, doc);
  }
}
