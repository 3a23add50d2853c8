package nl.buurtkennis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.ImpactsEnum;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;

/**
 * A segment's reader for the matches of a proximity query ({@code IntervalQuery}) hit by hit.
 * Lucene's interval matches look each of the query's terms up in the terms dictionary, with a
 * terms enum of their own, and open a postings enum with offsets for it, in every hit
 * ({@code TermIntervalsSource#matches}); here such postings replay the term's {@link
 * TermOccurrences}, which read the segment's postings once, forward, for all the hits, and which
 * the highlighter's other clauses of the same terms read too. What the replay gives is what the
 * postings give: the same documents from {@code advance}, the same positions and offsets in the
 * same order. Anything else a caller asks of a term (its statistics, postings without offsets, a
 * walk through the dictionary) is asked of the segment's own terms enum.
 */
final class OccurrencesReader extends FilterLeafReader {
  /** A term's occurrences in the segment, or null where the segment lacks the term. */
  interface Lookup {
    TermOccurrences of(Term term) throws IOException;
  }

  private final Lookup occurrences;
  private final Map<String, Terms> fields = new HashMap<>();

  OccurrencesReader(LeafReader segment, Lookup occurrences) {
    super(segment);
    this.occurrences = occurrences;
  }

  @Override
  public Terms terms(String field) throws IOException {
    Terms terms = fields.get(field);
    if (terms == null && !fields.containsKey(field)) {
      Terms own = super.terms(field);
      terms = own == null ? null : new FilterTerms(own) {
        @Override
        public TermsEnum iterator() {
          return new Enum(field, in);
        }
      };
      fields.put(field, terms);
    }
    return terms;
  }

  @Override
  public CacheHelper getCoreCacheHelper() {
    return null;
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null;
  }

  /**
   * A terms enum that seeks a term among the occurrences and replays them as postings with
   * offsets; asked anything else, it turns into the segment's own enum, at the same term.
   */
  private final class Enum extends TermsEnum {
    private final String field;
    private final Terms terms;
    /** The term last sought, where the segment holds it. */
    private BytesRef term;
    private TermOccurrences found;
    /** The segment's own enum, once anything else is asked. */
    private TermsEnum own;

    Enum(String field, Terms terms) {
      this.field = field;
      this.terms = terms;
    }

    private TermsEnum own() throws IOException {
      if (own == null) {
        own = terms.iterator();
        if (term != null && !own.seekExact(term)) {
          throw new IllegalStateException("the segment lost the term " + term.utf8ToString());
        }
      }
      return own;
    }

    @Override
    public boolean seekExact(BytesRef text) throws IOException {
      if (own != null) {
        return own.seekExact(text);
      }
      found = occurrences.of(new Term(field, text));
      term = found == null ? null : text;
      return found != null;
    }

    @Override
    public BytesRef term() throws IOException {
      return own == null && term != null ? term : own().term();
    }

    @Override
    public int docFreq() throws IOException {
      return own == null && found != null ? found.docFreq() : own().docFreq();
    }

    @Override
    public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
      if (own == null && found != null && flags == PostingsEnum.OFFSETS) {
        return new Replay(found);
      }
      return own().postings(reuse, flags);
    }

    @Override
    public AttributeSource attributes() {
      try {
        return own().attributes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public SeekStatus seekCeil(BytesRef text) throws IOException {
      return own().seekCeil(text);
    }

    @Override
    public void seekExact(long ord) throws IOException {
      own().seekExact(ord);
    }

    @Override
    public void seekExact(BytesRef text, TermState state) throws IOException {
      own().seekExact(text, state);
    }

    @Override
    public long ord() throws IOException {
      return own().ord();
    }

    @Override
    public long totalTermFreq() throws IOException {
      return own().totalTermFreq();
    }

    @Override
    public ImpactsEnum impacts(int flags) throws IOException {
      return own().impacts(flags);
    }

    @Override
    public TermState termState() throws IOException {
      return own().termState();
    }

    @Override
    public BytesRef next() throws IOException {
      return own().next();
    }
  }

  /** A term's postings with offsets, from its occurrences. */
  private static final class Replay extends PostingsEnum {
    private final TermOccurrences occurrences;
    private int doc = -1;
    /** The occurrences in {@link #doc}, read when first asked for. */
    private TermOccurrences.InDoc in;
    private int upTo = -1;

    Replay(TermOccurrences occurrences) {
      this.occurrences = occurrences;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() throws IOException {
      return doc == NO_MORE_DOCS ? NO_MORE_DOCS : advance(doc + 1);
    }

    @Override
    public int advance(int target) throws IOException {
      in = occurrences.in(target);
      doc = occurrences.lastAt();
      upTo = -1;
      return doc;
    }

    private TermOccurrences.InDoc in() throws IOException {
      if (in == null) {
        in = occurrences.in(doc);
      }
      return in;
    }

    @Override
    public int freq() throws IOException {
      return in().count();
    }

    @Override
    public int nextPosition() throws IOException {
      return in().positions()[++upTo];
    }

    @Override
    public int startOffset() throws IOException {
      return upTo < 0 ? -1 : in().startOffsets()[upTo];
    }

    @Override
    public int endOffset() throws IOException {
      return upTo < 0 ? -1 : in().endOffsets()[upTo];
    }

    @Override
    public BytesRef getPayload() {
      return null;
    }

    @Override
    public long cost() {
      try {
        return occurrences.docFreq();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
