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
 * But for {@code being}, which names use ({@code well-being}): left out, the name was the word
 * {@code well}, found in every "as well as". And with the auxiliaries that Snowball's list leaves
 * out for their homonyms ({@link #AUXILIARIES}: "a will", "a tin can", "the month of May"): the
 * Dutch list drops theirs ({@code kan}, {@code kunnen}, {@code zal}, {@code wil}, {@code moet}),
 * and the texts use them as verbs ({@code what can residents do} asked for {@code can}, and
 * marked it in snippets).
 */
public final class EnglishStopWords {
  static final List<String> KEPT = List.of("being");
  /** The auxiliaries in the comments of Snowball's list, as "best omitted" there. */
  static final List<String> AUXILIARIES = List.of("can", "will", "shall", "may", "might", "must");
  public static final CharArraySet SET = load();

  private EnglishStopWords() {}

  private static CharArraySet load() {
    try {
      CharArraySet snowball = WordlistLoader.getSnowballWordSet(
          IOUtils.getDecodingReader(SnowballFilter.class, "english_stop.txt",
              StandardCharsets.UTF_8));
      CharArraySet set = new CharArraySet(snowball.size() + AUXILIARIES.size(), false);
      for (Object word : snowball) {
        if (!KEPT.contains(new String((char[]) word))) {
          set.add(word);
        }
      }
      set.addAll(AUXILIARIES);
      return CharArraySet.unmodifiableSet(set);
    } catch (IOException e) {
      throw new UncheckedIOException("Lucene's English stop words cannot be read", e);
    }
  }
}
