package nl.buurtkennis.search;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nl.buurtkennis.analysis.DutchStopWords;
import nl.buurtkennis.analysis.EnglishStopWords;
import org.apache.lucene.analysis.CharArraySet;

/**
 * What was typed into the search box when it is only stop words of the page's language, the last
 * perhaps begun ({@code the}, {@code th}, {@code you}, {@code de}, {@code in de}): the suggester
 * matches a word's start wherever it stands, and offered every concept a hidden synonym of which
 * holds {@code the} ("Trust in the police", "Reduced crime"), and Vigilantism for {@code you}
 * through "take the law into your own hands". Such a beginning says only how the text starts, so
 * a suggestion is offered only where its shown text starts with it ({@link #starts}) or the text
 * it was found by goes on from the last typed word into a word that is no stop word ({@link
 * #continuesIntoAWord}: {@code al} still finds "Text alert", {@code de b} "Rolmodellen in de
 * buurt").
 */
final class StopWordPrefix {
  private static final Set<String> DUTCH = prefixes(DutchStopWords.SET);
  private static final Set<String> ENGLISH = prefixes(EnglishStopWords.SET);

  private StopWordPrefix() {}

  /**
   * Whether {@code typed} is only stop words of {@code lang} ("en", else Dutch), its last word
   * whole or begun.
   */
  static boolean isOne(String typed, String lang) {
    List<String> words = List.of(folded(typed).split("\\s+"));
    if (words.isEmpty() || words.get(0).isEmpty()) {
      return false;
    }
    CharArraySet stopWords = "en".equals(lang) ? EnglishStopWords.SET : DutchStopWords.SET;
    for (int i = 0; i < words.size() - 1; i++) {
      if (!stopWords.contains(words.get(i))) {
        return false;
      }
    }
    return ("en".equals(lang) ? ENGLISH : DUTCH).contains(words.get(words.size() - 1));
  }

  /** Whether {@code text} starts with {@code typed}, whatever their case and diacritics. */
  static boolean starts(String text, String typed) {
    return folded(text).startsWith(folded(typed));
  }

  /**
   * Whether {@code matched}, the text a suggestion was found by, holds a word that the last
   * typed word begins and that is no stop word of {@code lang}: {@code al} is found by "alert",
   * {@code de b} by "buurt", {@code over} by "overlast", and only {@code the} by "the".
   */
  static boolean continuesIntoAWord(String matched, String typed, String lang) {
    String[] typedWords = folded(typed).split("\\s+");
    String last = typedWords[typedWords.length - 1];
    CharArraySet stopWords = "en".equals(lang) ? EnglishStopWords.SET : DutchStopWords.SET;
    for (String word : folded(matched).split("[^\\p{L}\\p{N}]+")) {
      if (word.startsWith(last) && !stopWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String folded(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).strip();
  }

  private static Set<String> prefixes(CharArraySet stopWords) {
    Set<String> prefixes = new HashSet<>();
    for (Object word : stopWords) {
      String whole = new String((char[]) word);
      for (int end = 1; end <= whole.length(); end++) {
        prefixes.add(whole.substring(0, end));
      }
    }
    return Set.copyOf(prefixes);
  }
}
