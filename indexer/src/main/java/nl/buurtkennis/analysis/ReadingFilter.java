package nl.buurtkennis.analysis;

import java.io.IOException;
import java.util.Arrays;
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
  /** Slots of the table of own words: a power of two, at most half full. */
  private static final int SLOTS = 2 * OWN_WORDS;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  /** The only implementation: Lucene finds it by the interface's name. */
  private final ReadingAttributeImpl reading =
      (ReadingAttributeImpl) addAttribute(ReadingAttribute.class);
  private final WordReadings.Reader reader;
  private final boolean indexing;
  /**
   * The words this filter has seen, at index time, packed so that a look-up reads a few adjacent
   * cache lines rather than a key, a value and its terms each where the heap put them (a build's
   * look-ups were a tenth of its CPU, nearly all waiting for memory): per slot of an open
   * addressing table, the word's hash and where its entry starts in {@link #pool}, plus one.
   */
  private final int[] table;
  /**
   * The words' entries one after another, in the order first seen (so the frequent words lie
   * together at the start): the word's number, its length, its number of terms, its characters,
   * then each term's length and characters. A query chain writes the one word it reads at 0.
   */
  private char[] pool = new char[1024];
  private int poolLength;
  /** Per word number: the notes of its terms, and the last text it came in. */
  private final TermNotes[] notes;
  private final long[] lastText;
  private int size;
  private final TextWords words;
  /** Counts the texts read, so that a word kept from an earlier one is known as new to this. */
  private long text;
  /** The word being read: its notes, its terms left to give and where the next starts. */
  private TermNotes wordNotes;
  private int termsLeft;
  private int nextTerm;
  private int next;
  private int skippedPositions;

  ReadingFilter(TokenStream input, WordReadings readings, boolean indexing) {
    super(input);
    this.reader = readings.reader();
    this.indexing = indexing;
    this.table = indexing ? new int[2 * SLOTS] : null;
    this.notes = indexing ? new TermNotes[OWN_WORDS] : null;
    this.lastText = indexing ? new long[OWN_WORDS] : null;
    this.words = indexing ? new TextWords() : null;
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
    if (termsLeft > 0) {
      give();
      increment.setPositionIncrement(0);
      return true;
    }
    while (input.incrementToken()) {
      read();
      if (termsLeft > 0) {
        next = 0;
        give();
        increment.setPositionIncrement(increment.getPositionIncrement() + skippedPositions);
        skippedPositions = 0;
        return true;
      }
      skippedPositions += increment.getPositionIncrement();
    }
    return false;
  }

  /** Gives the next term of the word being read. */
  private void give() {
    int length = pool[nextTerm];
    term.copyBuffer(pool, nextTerm + 1, length);
    reading.set(wordNotes, next);
    next++;
    nextTerm += 1 + length;
    termsLeft--;
  }

  /** Looks the token's word up (at index time among the filter's own) and starts its terms. */
  private void read() {
    char[] chars = term.buffer();
    int length = term.length();
    if (!indexing) {
      poolLength = 0;
      start(add(-1, chars, length));
      return;
    }
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + chars[i];
    }
    hash ^= hash >>> 16;
    int slot = hash & (SLOTS - 1);
    int entry;
    while ((entry = table[2 * slot + 1]) != 0) {
      if (table[2 * slot] == hash && sameWord(entry - 1, chars, length)) {
        start(entry - 1);
        return;
      }
      slot = (slot + 1) & (SLOTS - 1);
    }
    if (size >= OWN_WORDS) {
      Arrays.fill(table, 0);
      Arrays.fill(notes, null);
      poolLength = 0;
      size = 0;
      slot = hash & (SLOTS - 1);
    }
    entry = add(size, chars, length);
    notes[size] = wordNotes;
    lastText[size] = -1;
    size++;
    table[2 * slot] = hash;
    table[2 * slot + 1] = entry + 1;
    start(entry);
  }

  private boolean sameWord(int entry, char[] chars, int length) {
    if (pool[entry + 1] != length) {
      return false;
    }
    return Arrays.equals(pool, entry + 3, entry + 3 + length, chars, 0, length);
  }

  /**
   * Writes the entry of word number {@code number} (-1 in a query chain) with its terms at the
   * end of the pool, and makes new notes for them.
   */
  private int add(int number, char[] chars, int length) {
    char[][] terms = reader.termsOf(new String(chars, 0, length));
    int needed = 3 + length + terms.length;
    for (char[] t : terms) {
      needed += t.length;
    }
    if (length > Character.MAX_VALUE || terms.length > Character.MAX_VALUE) {
      throw new IllegalStateException("a word of " + length + " characters");
    }
    if (poolLength + needed > pool.length) {
      pool = Arrays.copyOf(pool, Math.max(poolLength + needed, 2 * pool.length));
    }
    int entry = poolLength;
    pool[entry] = (char) Math.max(number, 0);
    pool[entry + 1] = (char) length;
    pool[entry + 2] = (char) terms.length;
    System.arraycopy(chars, 0, pool, entry + 3, length);
    int at = entry + 3 + length;
    for (char[] t : terms) {
      if (t.length > Character.MAX_VALUE) {
        throw new IllegalStateException("a term of " + t.length + " characters");
      }
      pool[at] = (char) t.length;
      System.arraycopy(t, 0, pool, at + 1, t.length);
      at += 1 + t.length;
    }
    poolLength = at;
    wordNotes = new TermNotes(terms.length);
    return entry;
  }

  /** Makes the word whose entry starts at {@code entry} the one being read. */
  private void start(int entry) {
    int length = pool[entry + 1];
    termsLeft = pool[entry + 2];
    nextTerm = entry + 3 + length;
    if (!indexing) {
      return;
    }
    int number = pool[entry];
    wordNotes = notes[number];
    if (lastText[number] != text) {
      lastText[number] = text;
      words.add(pool, entry + 3, length);
    }
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    termsLeft = 0;
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
