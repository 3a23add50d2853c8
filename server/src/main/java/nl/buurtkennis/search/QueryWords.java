package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a query that is not blank holds a word to search: one of operators and punctuation
 * alone ({@code "}, {@code -}, {@code NOT}) holds none, and one of Dutch or English stop words
 * alone ({@code the}, {@code what is}) none that is searched. What the query excludes does not
 * count as searched; a query that only excludes ({@code -whatsapp}) asks for every other document.
 *
 * @param stopWords the words the query asks for that are too common to be searched, in lower case
 *     as typed, once each, in order
 * @param nothingSearched the query is not blank, yet asks for no word that is searched
 */
record QueryWords(List<String> stopWords, boolean nothingSearched) {
  /** A run of letters or digits, and whether a {@code *} makes it the start of words. */
  private static final Pattern WORD = Pattern.compile("([\\p{L}\\p{N}]+)(\\*?)");

  QueryWords {
    stopWords = List.copyOf(stopWords);
  }

  static QueryWords of(String query) {
    if (query == null || query.isBlank()) {
      return new QueryWords(List.of(), false);
    }
    Exclusions exclusions = Exclusions.of(query);
    String wanted = UserQueryParser.translateOperatorWords(exclusions.wanted());
    List<String> stopWords = new ArrayList<>();
    boolean anyWord = false;
    boolean searched = false;
    Matcher matcher = WORD.matcher(wanted);
    while (matcher.find()) {
      anyWord = true;
      String word = matcher.group(1);
      if (matcher.group(2).isEmpty() && ConceptMatcher.isStopWord(TextlessWords.lower(word))) {
        String typed = word.toLowerCase(Locale.ROOT);
        if (!stopWords.contains(typed)) {
          stopWords.add(typed);
        }
      } else {
        searched = true;
      }
    }
    boolean onlyExcludes = !anyWord && !exclusions.excluded().isEmpty();
    return new QueryWords(stopWords, !searched && !onlyExcludes);
  }
}
