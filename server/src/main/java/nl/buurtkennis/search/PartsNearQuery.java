package nl.buurtkennis.search;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.ConjunctionUtils;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The texts whose field holds {@code second} from {@code before} positions before {@code first}
 * to {@code after} positions after it, the same position included: the texts Lucene's {@code
 * IntervalQuery} of {@code containedBy(second, extend(first, before, after))} finds, for two
 * single terms, with each text's two position lists merged instead of run through Lucene's
 * interval iterators (a containment of an extension of a term, each a filtering iterator over
 * the next), which were half the cost of asking every text that holds a compound's parts whether
 * it holds them together ({@link PartsTogether#said}). Scores nothing of its own: a filter.
 */
final class PartsNearQuery extends Query {
  private final Term first;
  private final Term second;
  private final int before;
  private final int after;

  /** @param first and {@code second} terms of one field */
  PartsNearQuery(Term first, Term second, int before, int after) {
    if (!first.field().equals(second.field())) {
      throw new IllegalArgumentException(first + " and " + second + " are of two fields");
    }
    this.first = first;
    this.second = second;
    this.before = before;
    this.after = after;
  }

  String field() {
    return first.field();
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        Terms terms = context.reader().terms(first.field());
        if (terms == null || !terms.hasPositions()) {
          return null;
        }
        TermsEnum lookup = terms.iterator();
        if (!lookup.seekExact(first.bytes())) {
          return null;
        }
        PostingsEnum firsts = lookup.postings(null, PostingsEnum.POSITIONS);
        if (!lookup.seekExact(second.bytes())) {
          return null;
        }
        PostingsEnum seconds = lookup.postings(null, PostingsEnum.POSITIONS);
        DocIdSetIterator both = ConjunctionUtils.intersectIterators(List.of(firsts, seconds));
        return new ConstantScoreScorer(this, score(), scoreMode,
            new Near(both, firsts, seconds, before, after));
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return true;
      }
    };
  }

  /** Whether a text that holds both terms holds the second near the first. */
  private static final class Near extends TwoPhaseIterator {
    private final PostingsEnum firsts;
    private final PostingsEnum seconds;
    private final int before;
    private final int after;

    Near(DocIdSetIterator both, PostingsEnum firsts, PostingsEnum seconds, int before,
        int after) {
      super(both);
      this.firsts = firsts;
      this.seconds = seconds;
      this.before = before;
      this.after = after;
    }

    @Override
    public boolean matches() throws IOException {
      // Both lists ascend: for each second's position p, a first's position before p - after is
      // behind every later p too; each list is read only as far as the answer needs.
      int firstsLeft = firsts.freq() - 1;
      int at = firsts.nextPosition();
      for (int k = seconds.freq(); k > 0; k--) {
        int position = seconds.nextPosition();
        while (at < position - after) {
          if (firstsLeft == 0) {
            return false;
          }
          firstsLeft--;
          at = firsts.nextPosition();
        }
        if (at <= position + before) {
          return true;
        }
      }
      return false;
    }

    @Override
    public float matchCost() {
      return 16;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(first.field())) {
      QueryVisitor inner = visitor.getSubVisitor(BooleanClause.Occur.MUST, this);
      inner.consumeTerms(this, second);
      inner.consumeTerms(this, first);
    }
  }

  @Override
  public String toString(String field) {
    String terms = "CONTAINED_BY(" + second.text() + ",EXTEND(" + first.text() + "," + before
        + "," + after + "))";
    return first.field().equals(field) ? terms : first.field() + ":" + terms;
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && other instanceof PartsNearQuery near && first.equals(near.first)
        && second.equals(near.second) && before == near.before && after == near.after;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), first, second, before, after);
  }
}
