package nl.buurtkennis.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The end of an analysis chain in which each word's terms depend on that word alone (stop words,
 * plural and possessive endings, stems, a compound's parts), remembered per word: the same words
 * come back all the time, and looking a token up once costs less than passing it through every
 * step (the steps were a sixth of a build's CPU). A word's reading is what the steps make of it
 * on its own; {@link ReadingFilter} gives it to each token. Shared by all threads.
 */
final class WordReadings {
  /** Words longer than this are read afresh each time, not remembered. */
  static final int MAX_REMEMBERED = 64;
  /** The reading of a word that all steps leave out. */
  static final char[][] NOTHING = new char[0][];

  private final UnaryOperator<TokenStream> steps;
  private final WordCache<char[][]> remembered = new WordCache<>(20_000);

  /**
   * @param steps the chain after the word's source; a word that becomes more than one term must
   *     give the others at its own position (increment 0), as a compound's parts are
   */
  WordReadings(UnaryOperator<TokenStream> steps) {
    this.steps = steps;
  }

  /**
   * A token filter that reads each token of {@code input} as {@link #steps} would.
   *
   * @param indexing whether the filter also keeps the readings of the words it has seen itself
   *     (at most {@link ReadingFilter#OWN_WORDS}), found without making a string of the token (a
   *     build's few chains read most tokens there), and the words of each text. Query chains do
   *     not keep them: the server analyses queries on many threads, each with chains of its own.
   */
  ReadingFilter after(TokenStream input, boolean indexing) {
    return new ReadingFilter(input, this, indexing);
  }

  /**
   * A reader of words for one thread: the remembered readings, and the steps over a source of one
   * word at a time for the words not remembered.
   */
  Reader reader() {
    return new Reader();
  }

  final class Reader {
    private final OneWord source = new OneWord();
    private final TokenStream chain = steps.apply(source);
    private final CharTermAttribute term = chain.addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment =
        chain.addAttribute(PositionIncrementAttribute.class);

    /** The terms {@code word} becomes, in order; {@link #NOTHING} when all are left out. */
    char[][] termsOf(String word) {
      if (word.length() > MAX_REMEMBERED) {
        return read(word);
      }
      return remembered.computeIfAbsent(word, this::read);
    }

    private char[][] read(String word) {
      try {
        source.set(word);
        chain.reset();
        List<char[]> terms = new ArrayList<>(2);
        while (chain.incrementToken()) {
          if (!terms.isEmpty() && increment.getPositionIncrement() != 0) {
            throw new IllegalStateException("the steps made " + word + " into several words");
          }
          terms.add(Arrays.copyOf(term.buffer(), term.length()));
        }
        chain.end();
        chain.close();
        return terms.isEmpty() ? NOTHING : terms.toArray(char[][]::new);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A token stream of one word. */
  private static final class OneWord extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private String word;
    private boolean done;

    void set(String word) {
      this.word = word;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      done = false;
    }

    @Override
    public boolean incrementToken() {
      if (done) {
        return false;
      }
      clearAttributes();
      term.setEmpty().append(word);
      done = true;
      return true;
    }
  }
}
