package nl.buurtkennis.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.analysis.DutchCompounds;

/**
 * The language a document's keyword is written in, as its words tell. The document's own
 * language does not: English documents list the Dutch terms of their subject as keywords
 * ({@code wijkagent}, {@code overlast}), and Dutch ones English terms ({@code community
 * policing}). Each word counts for the one language whose word lists alone hold it
 * ({@link DutchCompounds#languageOf}); the keyword is in the language more of its words are in.
 */
final class KeywordLanguage {
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}*)?");

  private KeywordLanguage() {}

  /**
   * "nl" or "en"; null when the words tell neither or as much of both: a name ({@code Burgernet},
   * {@code 112}) or words both languages have ({@code privacy}).
   */
  static String of(String keyword) {
    int dutch = 0;
    int english = 0;
    Matcher word = WORD.matcher(keyword);
    while (word.find()) {
      String lang = DutchCompounds.languageOf(word.group());
      if ("nl".equals(lang)) {
        dutch++;
      } else if ("en".equals(lang)) {
        english++;
      }
    }
    return dutch == english ? null : dutch > english ? "nl" : "en";
  }
}
