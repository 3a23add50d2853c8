package nl.buurtkennis.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.util.IOUtils;

/**
 * Snowball's English stop words, as shipped with Lucene: the counterpart of the Dutch list the
 * Dutch chain uses ({@code DutchAnalyzer.getDefaultStopSet()}, also Snowball's). Lucene's own
 * English list is 33 words and keeps the words of a question ({@code what}, {@code how},
 * {@code do}, {@code we}), which the Dutch list drops ({@code wat}, {@code hoe}, {@code doen}).
 */
public final class EnglishStopWords {
  public static final CharArraySet SET = load();

  /**
   * Dutch stop words that are also English words, and that English text therefore keeps: a
   * {@code van}, {@code met} (of to meet), {@code die}, {@code door}, {@code want}, {@code men}.
   */
  static final List<String> ENGLISH_IN_DUTCH =
      List.of("van", "met", "die", "door", "want", "men", "hem", "hoe", "doe", "ben", "tot", "dan");

  /**
   * The Dutch stop words that English text leaves out too, but {@link #ENGLISH_IN_DUTCH}: the
   * English fields hold Dutch words where English documents name Dutch things (their keywords
   * {@code contact met de politie}, {@code hang- en sluitwerk}), and {@code de} or {@code en}
   * there would otherwise decide a Dutch query's ranking.
   */
  public static final CharArraySet DUTCH = dutch();

  private EnglishStopWords() {}

  private static CharArraySet dutch() {
    CharArraySet set = new CharArraySet(DutchStopWords.SET.size(), false);
    for (Object word : DutchStopWords.SET) {
      String dutch = new String((char[]) word);
      if (!ENGLISH_IN_DUTCH.contains(dutch)) {
        set.add(dutch);
      }
    }
    return CharArraySet.unmodifiableSet(set);
  }

  private static CharArraySet load() {
    try {
      return CharArraySet.unmodifiableSet(WordlistLoader.getSnowballWordSet(
          IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt",
              StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene's English stop words cannot be read", e);
    }
  }
}
