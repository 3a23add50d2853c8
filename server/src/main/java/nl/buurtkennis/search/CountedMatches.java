package nl.buurtkennis.search;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * A field's matches in a hit, as Lucene's highlighter reads them ({@link MatchLeaves}), each
 * with how often its term matches in the field: Lucene's matches give every term 1 ("a documented
 * short-coming"), so that the passage score's weight of a term ({@link
 * org.apache.lucene.search.uhighlight.PassageScorer#weight}, which falls as a term recurs in the
 * text) was the same for the word a text is about, in every passage
 * ({@code burgerwacht} in the text on burgerwachten), and for the word that tells its passages
 * apart ({@code risico}). A term counts once at each place it matches. The matches are read once,
 * counted, and then given to the highlighter in the order of their offsets.
 */
final class CountedMatches extends OffsetsEnum {
  private final BytesRef[] terms;
  private final int[] starts;
  private final int[] ends;
  private final int[] freqs;
  private final int count;
  private int at = -1;

  private CountedMatches(BytesRef[] terms, int[] starts, int[] ends, int[] freqs, int count) {
    this.terms = terms;
    this.starts = starts;
    this.ends = ends;
    this.freqs = freqs;
    this.count = count;
  }

  /**
   * The matches of {@code field} in {@code found} within {@code text}, the field's text or the
   * start of it, but those that run across a sentence's end ({@link SentenceBoundMatches}); null
   * when it has none there.
   */
  static OffsetsEnum of(Matches found, String field, String text) throws IOException {
    MatchesIterator matches = found.getMatches(field);
    if (matches == null) {
      return null;
    }
    MatchesIterator iterator = new SentenceBoundMatches(matches, text);
    BytesRef[] terms = new BytesRef[16];
    int[] starts = new int[16];
    int[] ends = new int[16];
    // Each match's term as an index into the distinct terms: a field matches a handful of terms.
    int[] termOf = new int[16];
    BytesRef[] distinct = new BytesRef[8];
    int[] counts = new int[8];
    int[] lastStarts = new int[8];
    int distinctCount = 0;
    int count = 0;
    for (MatchLeaves.Leaf leaf : MatchLeaves.of(iterator, text.length())) {
      if (count == terms.length) {
        terms = Arrays.copyOf(terms, count * 2);
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
        termOf = Arrays.copyOf(termOf, count * 2);
      }
      BytesRef term = leaf.term();
      int start = leaf.start();
      int index = indexOf(distinct, distinctCount, term);
      if (index < 0) {
        if (distinctCount == distinct.length) {
          distinct = Arrays.copyOf(distinct, distinctCount * 2);
          counts = Arrays.copyOf(counts, distinctCount * 2);
          lastStarts = Arrays.copyOf(lastStarts, distinctCount * 2);
        }
        index = distinctCount++;
        distinct[index] = term;
        lastStarts[index] = -1;
      }
      // Two clauses may match a term at one place (a typed word that is also a concept's name).
      if (lastStarts[index] != start) {
        counts[index]++;
        lastStarts[index] = start;
      }
      terms[count] = term;
      starts[count] = start;
      ends[count] = leaf.end();
      termOf[count] = index;
      count++;
    }
    int[] freqs = new int[count];
    for (int i = 0; i < count; i++) {
      freqs[i] = counts[termOf[i]];
    }
    return new CountedMatches(terms, starts, ends, freqs, count);
  }

  private static int indexOf(BytesRef[] distinct, int distinctCount, BytesRef term) {
    for (int i = 0; i < distinctCount; i++) {
      if (distinct[i] == term || distinct[i].bytesEquals(term)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public boolean nextPosition() {
    return ++at < count;
  }

  @Override
  public int freq() {
    return freqs[at];
  }

  @Override
  public BytesRef getTerm() {
    return terms[at];
  }

  @Override
  public int startOffset() {
    return starts[at];
  }

  @Override
  public int endOffset() {
    return ends[at];
  }
}
