package nl.buurtkennis.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader.CacheHelper;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * A segment whose terms are each looked up in the terms dictionary once, for one thread: the
 * highlighter's matches of a proximity query ({@code IntervalQuery}, the words of a query near
 * each other) seek every one of its terms anew in every hit ({@code
 * TermIntervalsSource.matches}), walking the dictionary's index and loading its blocks each time.
 * Here the first seek of a term in a field keeps its {@link TermState}, and the next ones
 * position their own enum on it ({@link TermsEnum#seekExact(BytesRef, TermState)}, as Lucene's
 * {@code TermStates} does). Each caller still gets its own enum and postings, so nothing read
 * through it changes. Not thread-safe: one highlighter call's matcher of one segment.
 */
final class SeekOnceReader extends FilterLeafReader {
  /** What a seek found, by field and term; {@link #ABSENT} where the term is not there. */
  private final Map<String, Map<BytesRef, TermState>> found = new HashMap<>();
  private static final TermState ABSENT = new TermState() {
    @Override
    public void copyFrom(TermState other) {
      throw new UnsupportedOperationException();
    }
  };

  SeekOnceReader(LeafReader in) {
    super(in);
  }

  @Override
  public Terms terms(String field) throws IOException {
    Terms terms = super.terms(field);
    return terms == null ? null
        : new SeekOnceTerms(terms, found.computeIfAbsent(field, f -> new HashMap<>()));
  }

  /** No cache may hold this view: it lives for one call. */
  @Override
  public CacheHelper getCoreCacheHelper() {
    return null;
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return null;
  }

  private static final class SeekOnceTerms extends FilterTerms {
    private final Map<BytesRef, TermState> found;

    SeekOnceTerms(Terms in, Map<BytesRef, TermState> found) {
      super(in);
      this.found = found;
    }

    @Override
    public TermsEnum iterator() throws IOException {
      return new SeekOnceTermsEnum(in.iterator(), found);
    }
  }

  private static final class SeekOnceTermsEnum extends FilterTermsEnum {
    private final Map<BytesRef, TermState> found;

    SeekOnceTermsEnum(TermsEnum in, Map<BytesRef, TermState> found) {
      super(in);
      this.found = found;
    }

    @Override
    public boolean seekExact(BytesRef text) throws IOException {
      TermState state = found.get(text);
      if (state == ABSENT) {
        return false;
      }
      if (state != null) {
        in.seekExact(text, state);
        return true;
      }
      boolean exists = in.seekExact(text);
      found.put(BytesRef.deepCopyOf(text), exists ? in.termState() : ABSENT);
      return exists;
    }
  }
}
