package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.BytesRefBuilder;

/**
 * A field's matches, down to the terms of each (a phrase's words), in the order of their offsets
 * in the text: what Lucene's highlighter reads from them ({@link
 * OffsetsEnum.OfMatchesIteratorWithSubs}), each term named as it names it. A field's matches come
 * in the order of their positions, and a compound's parts share the compound's position, so a
 * match may start before the words of the match before it; the highlighter's reader assumes it
 * does not (an assertion fails for {@code straatverlichting}), so the matches are read first and
 * then put in order.
 */
final class MatchLeaves {
  /** A term matched in the text, from {@code start} to {@code end}. */
  record Leaf(BytesRef term, int start, int end) {}

  private static final Comparator<Leaf> IN_TEXT_ORDER = Comparator.comparingInt(Leaf::start)
      .thenComparingInt(Leaf::end).thenComparing(Leaf::term);

  private final Map<Query, BytesRef> termsOfQueries = new HashMap<>();
  private final List<Leaf> leaves = new ArrayList<>();

  private final int limit;

  private MatchLeaves(int limit) {
    this.limit = limit;
  }

  /**
   * The matches that start before {@code limit}, a text's length: the matches come in the order
   * of their positions, so the first to start past it ends the reading (a long text's matches
   * are not read to its end).
   */
  static List<Leaf> of(MatchesIterator matches, int limit) throws IOException {
    MatchLeaves read = new MatchLeaves(limit);
    read.add(matches);
    read.leaves.sort(IN_TEXT_ORDER);
    return read.leaves;
  }

  /** Whether {@code matches} was there to read: a match without sub-matches is a term. */
  private boolean add(MatchesIterator matches) throws IOException {
    if (matches == null) {
      return false;
    }
    while (matches.next()) {
      if (matches.startOffset() >= limit) {
        break;
      }
      if (!add(matches.getSubMatches())) {
        leaves.add(new Leaf(termOf(matches.getQuery()), matches.startOffset(),
            matches.endOffset()));
      }
    }
    return true;
  }

  /** The query's terms joined by spaces, else its text, as the highlighter names a match. */
  private BytesRef termOf(Query query) {
    return termsOfQueries.computeIfAbsent(query, q -> {
      BytesRefBuilder joined = new BytesRefBuilder();
      q.visit(new QueryVisitor() {
        @Override
        public void consumeTerms(Query source, Term... terms) {
          for (Term term : terms) {
            if (joined.length() > 0) {
              joined.append((byte) ' ');
            }
            joined.append(term.bytes());
          }
        }
      });
      return joined.length() > 0 ? joined.toBytesRef() : new BytesRef(q.toString());
    });
  }
}
