package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.queries.intervals.IntervalQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The matches of a rewritten query in the hits of one segment, asked for in increasing order, as
 * Lucene's {@link Weight#matches} finds them. Terms and exact phrases read each term's postings
 * once for all the hits ({@link TermOccurrences}), however many clauses use it; any other query
 * is left to its weight.
 */
abstract class HitMatcher {
  /** A query that matches no document of the segment. */
  private static final HitMatcher NONE = new HitMatcher() {
    @Override
    Matches matches(int doc) {
      return null;
    }
  };

  /** The query's matches in {@code doc}, or null where it does not match. */
  abstract Matches matches(int doc) throws IOException;

  /** The matcher of {@code query}, rewritten, in the segment {@code searcher} reads. */
  static HitMatcher of(Query query, IndexSearcher searcher) throws IOException {
    return of(query, searcher, searcher.getIndexReader().leaves().get(0), new HashMap<>());
  }

  private static HitMatcher of(Query query, IndexSearcher searcher, LeafReaderContext segment,
      Map<Term, Optional<TermOccurrences>> occurrences) throws IOException {
    if (query instanceof BoostQuery boosted) {
      return of(boosted.getQuery(), searcher, segment, occurrences);
    }
    if (query instanceof BooleanQuery bool) {
      List<HitMatcher> clauses = new ArrayList<>();
      for (BooleanClause clause : bool.clauses()) {
        clauses.add(of(clause.getQuery(), searcher, segment, occurrences));
      }
      return new AllClauses(bool, clauses);
    }
    if (query instanceof TermQuery term) {
      TermOccurrences found = occurrences(term.getTerm(), segment, occurrences);
      return found == null ? NONE : new OneTerm(term, found);
    }
    if (query instanceof PhraseQuery phrase && phrase.getSlop() == 0
        && phrase.getTerms().length > 1 && hasPositions(segment, phrase.getField())) {
      return ExactPhrase.of(phrase, segment, occurrences);
    }
    Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
    if (query instanceof IntervalQuery) {
      LeafReaderContext replayed = new OccurrencesReader(segment.reader(),
          term -> lookUp(term, segment, occurrences)).getContext();
      return new ByWeight(weight, replayed, Needed.of(query, segment, occurrences));
    }
    return new ByWeight(weight, segment, null);
  }

  /** {@link #occurrences}, for a term whose bytes its caller may change afterwards. */
  private static TermOccurrences lookUp(Term term, LeafReaderContext segment,
      Map<Term, Optional<TermOccurrences>> occurrences) throws IOException {
    Optional<TermOccurrences> known = occurrences.get(term);
    if (known != null) {
      return known.orElse(null);
    }
    return occurrences(new Term(term.field(), BytesRef.deepCopyOf(term.bytes())), segment,
        occurrences);
  }

  private static TermOccurrences occurrences(Term term, LeafReaderContext segment,
      Map<Term, Optional<TermOccurrences>> occurrences) throws IOException {
    Optional<TermOccurrences> known = occurrences.get(term);
    if (known == null) {
      known = Optional.ofNullable(TermOccurrences.of(segment.reader(), term));
      occurrences.put(term, known);
    }
    return known.orElse(null);
  }

  /** A field without positions is left to Lucene's phrase weight, which says why it fails. */
  private static boolean hasPositions(LeafReaderContext segment, String field)
      throws IOException {
    Terms terms = segment.reader().terms(field);
    return terms == null || terms.hasPositions();
  }

  /** The matches of a boolean query, as {@code BooleanWeight#matches} combines its clauses'. */
  private static final class AllClauses extends HitMatcher {
    private final BooleanQuery query;
    private final List<HitMatcher> clauses;

    AllClauses(BooleanQuery query, List<HitMatcher> clauses) {
      this.query = query;
      this.clauses = clauses;
    }

    @Override
    Matches matches(int doc) throws IOException {
      List<Matches> matches = new ArrayList<>();
      int shouldMatchCount = 0;
      for (int i = 0; i < clauses.size(); i++) {
        BooleanClause clause = query.clauses().get(i);
        Matches m = clauses.get(i).matches(doc);
        if (clause.isProhibited()) {
          if (m != null) {
            return null;
          }
        }
        if (clause.isRequired()) {
          if (m == null) {
            return null;
          }
          matches.add(m);
        }
        if (clause.getOccur() == BooleanClause.Occur.SHOULD && m != null) {
          matches.add(m);
          shouldMatchCount++;
        }
      }
      if (shouldMatchCount < query.getMinimumNumberShouldMatch()) {
        return null;
      }
      return MatchesUtils.fromSubMatches(matches);
    }
  }

  /** A term's matches, as Lucene's term weight iterates them. */
  private static final class OneTerm extends HitMatcher {
    private final TermQuery query;
    private final TermOccurrences occurrences;

    OneTerm(TermQuery query, TermOccurrences occurrences) {
      this.query = query;
      this.occurrences = occurrences;
    }

    @Override
    Matches matches(int doc) throws IOException {
      TermOccurrences.InDoc in = occurrences.in(doc);
      return in == null ? null : new Spans(query, query.getTerm().field(), in.positions(),
          in.positions(), in.startOffsets(), in.endOffsets(), in.count());
    }
  }

  /** The query's first {@code count} matches in a document, found before they are asked for. */
  private record Spans(Query query, String field, int[] startPositions, int[] endPositions,
      int[] startOffsets, int[] endOffsets, int count) implements Matches {
    @Override
    public MatchesIterator getMatches(String asked) {
      if (!field.equals(asked)) {
        return null;
      }
      return new MatchesIterator() {
        private int at = -1;

        @Override
        public boolean next() {
          return ++at < count;
        }

        @Override
        public int startPosition() {
          return startPositions[at];
        }

        @Override
        public int endPosition() {
          return endPositions[at];
        }

        @Override
        public int startOffset() {
          return startOffsets[at];
        }

        @Override
        public int endOffset() {
          return endOffsets[at];
        }

        @Override
        public MatchesIterator getSubMatches() {
          return null;
        }

        @Override
        public Query getQuery() {
          return query;
        }
      };
    }

    @Override
    public Collection<Matches> getSubMatches() {
      return Collections.emptyList();
    }

    @Override
    public Iterator<String> iterator() {
      return Collections.singleton(field).iterator();
    }
  }

  /**
   * An exact phrase's matches, found as Lucene's {@code ExactPhraseMatcher} finds them, in the
   * terms' occurrences: the phrase's first term leads, and each match is a leaf, without the
   * terms as sub-matches.
   */
  private static final class ExactPhrase extends HitMatcher {
    private final PhraseQuery query;
    /** By position in the phrase, then by term, as Lucene orders them. */
    private final TermOccurrences[] terms;
    private final int[] offsets;

    private ExactPhrase(PhraseQuery query, TermOccurrences[] terms, int[] offsets) {
      this.query = query;
      this.terms = terms;
      this.offsets = offsets;
    }

    static HitMatcher of(PhraseQuery query, LeafReaderContext segment,
        Map<Term, Optional<TermOccurrences>> occurrences) throws IOException {
      Term[] phraseTerms = query.getTerms();
      int[] positions = query.getPositions();
      Integer[] order = new Integer[phraseTerms.length];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (a, b) -> positions[a] != positions[b]
          ? Integer.compare(positions[a], positions[b]) : phraseTerms[a].compareTo(phraseTerms[b]));
      TermOccurrences[] terms = new TermOccurrences[order.length];
      int[] offsets = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        terms[i] = occurrences(phraseTerms[order[i]], segment, occurrences);
        if (terms[i] == null) {
          return NONE;
        }
        offsets[i] = positions[order[i]];
      }
      return new ExactPhrase(query, terms, offsets);
    }

    @Override
    Matches matches(int doc) throws IOException {
      TermOccurrences.InDoc[] in = new TermOccurrences.InDoc[terms.length];
      for (int i = 0; i < terms.length; i++) {
        in[i] = terms[i].in(doc);
        if (in[i] == null) {
          return null;
        }
      }
      Walk walk = new Walk(in, offsets);
      // Each match takes at least one of the leading term's occurrences.
      int most = in[0].count();
      int[] startPositions = new int[most];
      int[] endPositions = new int[most];
      int[] startOffsets = new int[most];
      int[] endOffsets = new int[most];
      int count = 0;
      int last = terms.length - 1;
      for (; walk.nextMatch(); count++) {
        startPositions[count] = walk.position[0];
        endPositions[count] = walk.position[last];
        startOffsets[count] = in[0].startOffsets()[walk.upTo[0] - 1];
        endOffsets[count] = in[last].endOffsets()[walk.upTo[last] - 1];
      }
      return count == 0 ? null : new Spans(query, query.getField(), startPositions, endPositions,
          startOffsets, endOffsets, count);
    }

    /** Lucene's {@code ExactPhraseMatcher#nextMatch}, over the terms' occurrences. */
    private static final class Walk {
      final TermOccurrences.InDoc[] in;
      final int[] offsets;
      final int[] position;
      final int[] upTo;

      Walk(TermOccurrences.InDoc[] in, int[] offsets) {
        this.in = in;
        this.offsets = offsets;
        this.position = new int[in.length];
        this.upTo = new int[in.length];
        Arrays.fill(position, -1);
      }

      boolean nextMatch() {
        if (upTo[0] < in[0].count()) {
          position[0] = in[0].positions()[upTo[0]++];
        } else {
          return false;
        }
        advanceHead:
        while (true) {
          int phrasePosition = position[0] - offsets[0];
          for (int j = 1; j < in.length; j++) {
            int expected = phrasePosition + offsets[j];
            if (!advance(j, expected)) {
              break advanceHead;
            }
            if (position[j] != expected) {
              if (advance(0, position[j] - offsets[j] + offsets[0])) {
                continue advanceHead;
              }
              break advanceHead;
            }
          }
          return true;
        }
        return false;
      }

      private boolean advance(int term, int target) {
        while (position[term] < target) {
          if (upTo[term] == in[term].count()) {
            return false;
          }
          position[term] = in[term].positions()[upTo[term]++];
        }
        return true;
      }
    }
  }

  /**
   * Any other query's matches, from its weight, hit by hit; in practice the proximity of a
   * query's words ({@code IntervalQuery}), whose matches look up every term of the query anew in
   * each hit and open its postings there. A hit that lacks a term the query needs (each word,
   * in one of its forms, where the words must all be near) cannot match it and is told so without
   * the weight, from the terms' occurrences the other clauses read too ({@link Needed}): those in
   * the other language, which have no text in the query's field, and those without all the words.
   * A proximity query's weight reads its terms' postings from those occurrences too ({@link
   * OccurrencesReader}), instead of opening them anew in every hit.
   */
  private static final class ByWeight extends HitMatcher {
    private final Weight weight;
    private final LeafReaderContext segment;
    /** What a hit must hold to match, or null where the query's terms say nothing of it. */
    private final Needed needed;

    ByWeight(Weight weight, LeafReaderContext segment, Needed needed) {
      this.weight = weight;
      this.segment = segment;
      this.needed = needed;
    }

    @Override
    Matches matches(int doc) throws IOException {
      if (needed != null && !needed.heldBy(doc)) {
        return null;
      }
      return weight.matches(segment, doc);
    }
  }

  /**
   * The terms a document must hold to match a proximity query, as its visit tells them: all of
   * those of a conjunction ({@code MUST}), one of those of a disjunction ({@code SHOULD}), by the
   * occurrences of each term in the segment. Only a condition a match needs, never one that
   * suffices; a part of any other kind (an exclusion) needs nothing. For interval sources only: a
   * disjunction of intervals is needed as a whole where it stands, where the optional clauses of
   * a boolean query beside required ones are not.
   */
  private static final class Needed {
    private final boolean all;
    private final List<TermOccurrences> terms = new ArrayList<>();
    /** Terms of this part that the segment does not hold. */
    private boolean lacksATerm;
    private final List<Needed> parts = new ArrayList<>();
    /** Whether the part needs nothing that can be told (an exclusion, a query without terms). */
    private boolean unknown;
    /** Whether what the part needs can be told, worked out once the visit is done. */
    private boolean known;

    private Needed(boolean all) {
      this.all = all;
    }

    /** What a match of {@code query} needs, or null where it cannot be told. */
    static Needed of(Query query, LeafReaderContext segment,
        Map<Term, Optional<TermOccurrences>> occurrences) throws IOException {
      Needed root = new Needed(true);
      List<IOException> failed = new ArrayList<>();
      query.visit(root.visitor(segment, occurrences, failed));
      if (!failed.isEmpty()) {
        throw failed.get(0);
      }
      return root.settle() ? root : null;
    }

    /**
     * Works out, for this part and each of its own, whether what it needs can be told: a
     * conjunction by any of its parts, a disjunction only by all of them.
     */
    private boolean settle() {
      boolean anyKnown = false;
      boolean allKnown = true;
      for (Needed part : parts) {
        boolean partKnown = part.settle();
        anyKnown |= partKnown;
        allKnown &= partKnown;
      }
      if (unknown || terms.isEmpty() && parts.isEmpty() && !lacksATerm) {
        known = false;
      } else if (all) {
        known = lacksATerm || !terms.isEmpty() || anyKnown;
      } else {
        known = allKnown;
      }
      return known;
    }

    private QueryVisitor visitor(LeafReaderContext segment,
        Map<Term, Optional<TermOccurrences>> occurrences, List<IOException> failed) {
      return new QueryVisitor() {
        @Override
        public void consumeTerms(Query query, Term... consumed) {
          for (Term term : consumed) {
            try {
              TermOccurrences found = occurrences(term, segment, occurrences);
              if (found == null) {
                lacksATerm = true;
              } else {
                terms.add(found);
              }
            } catch (IOException e) {
              failed.add(e);
            }
          }
        }

        @Override
        public void consumeTermsMatching(Query query, String field,
            Supplier<ByteRunAutomaton> automaton) {
          unknown = true;
        }

        @Override
        public void visitLeaf(Query query) {
          unknown = true;
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
          if (occur == BooleanClause.Occur.MUST || occur == BooleanClause.Occur.FILTER) {
            if (all) {
              return this; // a required part of a required part: its terms are required here
            }
            Needed part = new Needed(true);
            parts.add(part);
            return part.visitor(segment, occurrences, failed);
          }
          if (occur == BooleanClause.Occur.SHOULD) {
            Needed part = new Needed(false);
            parts.add(part);
            return part.visitor(segment, occurrences, failed);
          }
          return QueryVisitor.EMPTY_VISITOR; // an exclusion needs no term
        }
      };
    }

    /** Whether {@code doc} holds what a match needs (true where it cannot be told). */
    boolean heldBy(int doc) throws IOException {
      if (!known) {
        return true;
      }
      if (all) {
        if (lacksATerm) {
          return false;
        }
        for (TermOccurrences term : terms) {
          if (term.in(doc) == null) {
            return false;
          }
        }
        for (Needed part : parts) {
          if (!part.heldBy(doc)) {
            return false;
          }
        }
        return true;
      }
      for (TermOccurrences term : terms) {
        if (term.in(doc) != null) {
          return true;
        }
      }
      for (Needed part : parts) {
        if (part.heldBy(doc)) {
          return true;
        }
      }
      return false;
    }
  }
}
