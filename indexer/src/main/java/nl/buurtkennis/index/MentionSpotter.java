package nl.buurtkennis.index;

import java.io.IOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import nl.buurtkennis.analysis.ReadingAttribute;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;

/**
 * Passes a body's tokens on to the writer and keeps those that are words of concept names, with
 * their positions. Once the writer has read the body, {@link #topics()} gives the concepts the
 * document is about, as the features of {@link IndexSchema#TOPICS}. The body is analysed once and
 * never held whole in memory.
 *
 * <p>The topics field must be added to the document after the body: Lucene indexes the fields of
 * a document in the order they were added, and reading the topics earlier is an error.
 */
final class MentionSpotter extends TokenFilter {
  private static final Object NOT_A_NAME_WORD = new Object();
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute increment =
      addAttribute(PositionIncrementAttribute.class);
  private final ReadingAttribute reading = addAttribute(ReadingAttribute.class);
  private final CharArrayMap<String> nameWords;
  private final Function<NameWords, Map<String, Float>> counting;
  private int position;
  private int[] positions = new int[32];
  private String[] words = new String[32];
  private int size;
  private boolean bodyRead;

  /** The words of names a body holds, by position; positions never decrease. */
  record NameWords(int[] positions, String[] words, int size) {}

  /**
   * @param nameWords the words worth keeping, those of the names in the body's language, each
   *     mapped to the string to keep
   * @param counting the value of each concept's feature, given the words kept
   */
  MentionSpotter(TokenStream body, CharArrayMap<String> nameWords,
      Function<NameWords, Map<String, Float>> counting) {
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
    String nameWord = nameWord();
    if (nameWord != null) {
      keep(position, nameWord);
    }
    return true;
  }

  /** The name word the term is, or null: looked up once per word the chain keeps. */
  private String nameWord() {
    Object noted = reading.note(nameWords);
    if (noted == null) {
      String found = nameWords.get(term.buffer(), 0, term.length());
      noted = found == null ? NOT_A_NAME_WORD : found;
      reading.note(nameWords, noted);
    }
    return noted == NOT_A_NAME_WORD ? null : (String) noted;
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

  /** The name words kept, readable once the text has been read through. */
  NameWords nameWords() {
    if (!bodyRead) {
      throw new IllegalStateException("the name words of a text are read before the text");
    }
    return new NameWords(positions, words, size);
  }

  /** The concepts the document is about, readable once the body has been read through. */
  TokenStream topics() {
    return new Topics();
  }

  /**
   * The tokens a {@code FeatureField} per concept would give, which its queries read: the
   * concept's key as the term, its value encoded in the term's frequency. A {@code FeatureField}
   * takes its value when it is made, before the body is read.
   */
  private final class Topics extends TokenStream {
    private final CharTermAttribute key = addAttribute(CharTermAttribute.class);
    private final TermFrequencyAttribute value = addAttribute(TermFrequencyAttribute.class);
    private Iterator<Map.Entry<String, Float>> concepts;

    @Override
    public void reset() throws IOException {
      super.reset();
      if (!bodyRead) {
        throw new IllegalStateException("the topics of a body are read before the body");
      }
      concepts = counting.apply(new NameWords(positions, words, size)).entrySet().iterator();
    }

    @Override
    public boolean incrementToken() {
      if (!concepts.hasNext()) {
        return false;
      }
      clearAttributes();
      Map.Entry<String, Float> concept = concepts.next();
      key.setEmpty().append(concept.getKey());
      value.setTermFrequency(featureFrequency(concept.getValue()));
      return true;
    }
  }

  /** {@code FeatureField}'s encoding: the upper 17 bits of the float, of which the sign is 0. */
  static int featureFrequency(float featureValue) {
    return Float.floatToIntBits(featureValue) >>> 15;
  }
}
