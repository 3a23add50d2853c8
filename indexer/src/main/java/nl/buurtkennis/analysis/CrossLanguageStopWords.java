package nl.buurtkennis.analysis;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * The other language's stop words that each language's text leaves out too, but those that are
 * words of its own. A class of its own, so that neither language's list depends on the other's
 * while its class is initialised (two indexing threads may initialise them at once).
 */
public final class CrossLanguageStopWords {
  /**
   * English stop words that are also Dutch words a text may mean ({@code been}: leg, {@code most}:
   * cider, {@code as}: axle or ash), which Dutch text keeps.
   */
  static final List<String> DUTCH_IN_ENGLISH = List.of("been", "most", "as");

  /**
   * Dutch stop words that are also English words, which English text keeps: a {@code van},
   * {@code met} (of to meet), {@code die}, {@code door}, {@code want}, {@code men}.
   */
  static final List<String> ENGLISH_IN_DUTCH =
      List.of("van", "met", "die", "door", "want", "men", "hem", "hoe", "doe", "ben", "tot", "dan");

  /**
   * The English stop words that Dutch text leaves out too, but {@link #DUTCH_IN_ENGLISH}: Dutch
   * texts use them only in quoted English ("right to challenge"), and the Dutch analysis would
   * otherwise read them as Dutch words ({@code same} as {@code samen}, {@code some} as
   * {@code soms}, {@code won't} as {@code wonen}).
   */
  public static final CharArraySet IN_DUTCH_TEXT =
      without(EnglishStopWords.SET, DUTCH_IN_ENGLISH);

  /**
   * The Dutch stop words that English text leaves out too, but {@link #ENGLISH_IN_DUTCH}: the
   * English fields hold Dutch words where English documents name Dutch things (their keywords
   * {@code contact met de politie}, {@code hang- en sluitwerk}), and {@code de} or {@code en}
   * there would otherwise decide a Dutch query's ranking.
   */
  public static final CharArraySet IN_ENGLISH_TEXT = without(DutchStopWords.SET, ENGLISH_IN_DUTCH);

  private CrossLanguageStopWords() {}

  private static CharArraySet without(CharArraySet words, List<String> kept) {
    CharArraySet set = new CharArraySet(words.size(), false);
    for (Object word : words) {
      String text = new String((char[]) word);
      if (!kept.contains(text)) {
        set.add(text);
      }
    }
    return CharArraySet.unmodifiableSet(set);
  }
}
