package nl.buurtkennis.analysis;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a text reads clearly as the other language than the one declared, so that a
 * document whose {@code language} is wrong (and which is therefore analysed with the wrong
 * stemming and decompounding) can be pointed out. Only a notice: documents quote the other
 * language, and a short text says too little.
 *
 * <p>It counts the words that are stop words of one language only ({@link DutchStopWords},
 * {@link EnglishStopWords}; words in both lists, such as {@code in}, {@code is} and {@code was},
 * count for neither). Running text in either language is about 40% stop words, and under 1% those
 * of the other language. A text reads as the other language when it has at least
 * {@link #MIN_WORDS} words, at least {@link #MIN_SHARE} of them are stop words of the other
 * language, and those are at least {@link #MARGIN} times as many as the declared language's: a
 * text of half Dutch and half English, or a Dutch text with a long English quotation, is never
 * taken for English.
 */
public final class LanguageCheck {
  public static final int MIN_WORDS = 40;
  static final double MIN_SHARE = 0.15;
  static final double MARGIN = 3.0;

  private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

  /** The words of a text, and how many of them are stop words of Dutch only and English only. */
  public record Counts(int words, int dutch, int english) {}

  private LanguageCheck() {}

  public static Counts count(String text) {
    int words = 0;
    int dutch = 0;
    int english = 0;
    Matcher word = WORD.matcher(text);
    while (word.find()) {
      words++;
      String lower = word.group().toLowerCase(Locale.ROOT);
      boolean nl = DutchStopWords.SET.contains(lower);
      boolean en = EnglishStopWords.SET.contains(lower);
      if (nl && !en) {
        dutch++;
      } else if (en && !nl) {
        english++;
      }
    }
    return new Counts(words, dutch, english);
  }

  /**
   * The language {@code text} reads clearly as when that is not {@code declared}: "en" for a text
   * declared "nl" that reads as English, "nl" for one declared "en" that reads as Dutch; empty
   * when it reads as declared, is mixed or short, or {@code declared} is neither.
   */
  public static Optional<String> otherLanguage(String declared, String text) {
    if (!"nl".equals(declared) && !"en".equals(declared) || text == null) {
      return Optional.empty();
    }
    Counts counts = count(text);
    int own = "nl".equals(declared) ? counts.dutch() : counts.english();
    int other = "nl".equals(declared) ? counts.english() : counts.dutch();
    if (counts.words() >= MIN_WORDS && other >= MIN_SHARE * counts.words()
        && other >= MARGIN * own) {
      return Optional.of("nl".equals(declared) ? "en" : "nl");
    }
    return Optional.empty();
  }
}
