package nl.buurtkennis.search;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.analysis.DutchCompounds;

/**
 * The language a corrected query ("did you mean") is written in, as its words tell: each word
 * counts for the one language whose word lists alone hold it ({@link DutchCompounds#languageOf},
 * as for a document's keyword, {@link KeywordLanguage}). Unlike a keyword's, a query's language is
 * told only when no word says otherwise, so that a page never marks a mixed query
 * ({@code politie elderly}) as one language.
 */
final class SuggestionLanguage {
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}*)?");

  private SuggestionLanguage() {}

  /**
   * "nl" or "en" when at least one word of {@code query} tells that language and none the other
   * ({@code elderly}: en, {@code politie}: nl); null when the words tell none (a name:
   * {@code burgernet}) or both.
   */
  static String of(String query) {
    String told = null;
    Matcher word = WORD.matcher(query);
    while (word.find()) {
      String lang = DutchCompounds.languageOf(word.group());
      if (lang == null) {
        continue;
      }
      if (told != null && !told.equals(lang)) {
        return null;
      }
      told = lang;
    }
    return told;
  }
}
