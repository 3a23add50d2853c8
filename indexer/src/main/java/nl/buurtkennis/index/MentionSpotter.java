package nl.buurtkennis.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * Passes a body's tokens on to the writer and keeps those that are words of concept names, with
 * their positions. Once the writer has read the body, {@link #mentions()} gives the names the
 * body uses, as the tokens of {@link IndexSchema#MENTIONS}: each name once, with the number of its
 * uses as the term's frequency. The body is analysed once and never held whole in memory.
 *
 * <p>The mentions field must be added to the document after the body: Lucene indexes the fields
 * of a document in the order they were added, and reading the mentions earlier is an error.
 */
final class MentionSpotter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final CharArraySet nameWords;
  private final Function<NameWords, Map<String, Integer>> counting;
  private int position;
  private int[] positions = new int[32];
  private String[] words = new String[32];
  private int size;
  private boolean bodyRead;

  /** The words of names a body holds, by position; positions never decrease. */
  record NameWords(int[] positions, String[] words, int size) {}

  /**
   * @param nameWords the words worth keeping: those of the names in the body's language
   * @param counting how often each name is used, given the words kept
   */
  MentionSpotter(TokenStream body, CharArraySet nameWords,
      Function<NameWords, Map<String, Integer>> counting) {
    super(body);
    this.nameWords = nameWords;
    this.counting = counting;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    position += increment.getPositionIncrement();
    if (nameWords.contains(term.buffer(), 0, term.length())) {
      keep(position, term.toString());
    }
    return true;
  }

  private void keep(int at, String word) {
    if (size == positions.length) {
      positions = Arrays.copyOf(positions, size * 2);
      words = Arrays.copyOf(words, size * 2);
    }
    positions[size] = at;
    words[size] = word;
    size++;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    position = -1;
    size = 0;
    bodyRead = false;
  }

  @Override
  public void end() throws IOException {
    super.end();
    bodyRead = true;
  }

  /** The names the body uses, readable once the body has been read through. */
  TokenStream mentions() {
    return new Mentions();
  }

  private final class Mentions extends TokenStream {
    private final CharTermAttribute key = addAttribute(CharTermAttribute.class);
    private final TermFrequencyAttribute uses = addAttribute(TermFrequencyAttribute.class);
    private Iterator<Map.Entry<String, Integer>> names;

    @Override
    public void reset() throws IOException {
      super.reset();
      if (!bodyRead) {
        throw new IllegalStateException("the mentions of a body are read before the body");
      }
      names = counting.apply(new NameWords(positions, words, size)).entrySet().iterator();
    }

    @Override
    public boolean incrementToken() {
      if (!names.hasNext()) {
        return false;
      }
      clearAttributes();
      Map.Entry<String, Integer> name = names.next();
      key.setEmpty().append(name.getKey());
      uses.setTermFrequency(name.getValue());
      return true;
    }
  }
}
