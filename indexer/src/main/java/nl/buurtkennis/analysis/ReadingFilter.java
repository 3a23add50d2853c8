package nl.buurtkennis.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each token by the terms of its word's reading ({@link WordReadings}): the first at the
 * token's position, the others at the same one, every other attribute (offsets, type) the
 * token's. A word read as nothing leaves its position empty, as Lucene's stop filter does: the
 * next term's increment, or the stream's final one, carries it.
 *
 * <p>At index time the filter also keeps the readings of the words it has seen itself, found
 * without making a string of the token, and the words of the text it reads, each once
 * ({@link #words()}): the spelling field takes them, and a word's first use in a text is known
 * from the look-up the filter makes anyway. The filters after it can note what they work out
 * about each of those words' terms ({@link ReadingAttribute}).
 */
final class ReadingFilter extends TokenFilter {
  /** How many words an index-time filter keeps; then it forgets them all and starts over. */
  static final int OWN_WORDS = 8192;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  /** The only implementation: Lucene finds it by the interface's name. */
  private final ReadingAttributeImpl reading =
      (ReadingAttributeImpl) addAttribute(ReadingAttribute.class);
  private final WordReadings.Reader reader;
  private final CharArrayMap<OwnWord> ownWords;
  private final TextWords words;
  /** Counts the texts read, so that a word kept from an earlier one is known as new to this. */
  private long text;
  /** The word being read: its terms, of which {@link #next} is the next to give. */
  private OwnWord word = OwnWord.NONE;
  private int next;
  private int skippedPositions;

  ReadingFilter(TokenStream input, WordReadings readings, boolean indexing) {
    super(input);
    this.reader = readings.reader();
    this.ownWords = indexing ? new CharArrayMap<>(OWN_WORDS, false) : null;
    this.words = indexing ? new TextWords() : null;
  }

  /**
   * A word this filter has seen, and the last text it came in. A query chain makes one for each
   * token and keeps none, so notes made there are not found again.
   */
  private static final class OwnWord {
    static final OwnWord NONE = new OwnWord(WordReadings.NOTHING);

    final char[][] terms;
    final TermNotes notes;
    long lastText;

    OwnWord(char[][] terms) {
      this.terms = terms;
      this.notes = new TermNotes(terms.length);
    }
  }

  /**
   * The words of the text read last, each once (a word may come twice when the filter has just
   * forgotten its words), lower-cased and folded as they reached this filter.
   *
   * @throws IllegalStateException for a query chain, which keeps no words
   */
  TokenStream words() {
    if (words == null) {
      throw new IllegalStateException("a query chain keeps no words");
    }
    return words.stream();
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < word.terms.length) {
      give(next);
      increment.setPositionIncrement(0);
      next++;
      return true;
    }
    while (input.incrementToken()) {
      word = read();
      if (word.terms.length > 0) {
        give(0);
        increment.setPositionIncrement(increment.getPositionIncrement() + skippedPositions);
        skippedPositions = 0;
        next = 1;
        return true;
      }
      skippedPositions += increment.getPositionIncrement();
    }
    return false;
  }

  private void give(int index) {
    char[] given = word.terms[index];
    term.copyBuffer(given, 0, given.length);
    reading.set(word.notes, index);
  }

  private OwnWord read() {
    if (ownWords == null) {
      return new OwnWord(reader.termsOf(term.toString()));
    }
    OwnWord found = ownWords.get(term.buffer(), 0, term.length());
    if (found == null) {
      found = new OwnWord(reader.termsOf(term.toString()));
      if (ownWords.size() >= OWN_WORDS) {
        ownWords.clear();
      }
      ownWords.put(Arrays.copyOf(term.buffer(), term.length()), found);
    }
    if (found.lastText != text) {
      found.lastText = text;
      words.add(term.buffer(), term.length());
    }
    return found;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    word = OwnWord.NONE;
    next = 0;
    skippedPositions = 0;
    if (words != null) {
      text++;
      words.clear();
    }
  }

  @Override
  public void end() throws IOException {
    super.end();
    increment.setPositionIncrement(increment.getPositionIncrement() + skippedPositions);
    if (words != null) {
      words.end();
    }
  }
}
