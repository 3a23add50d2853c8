package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words of a query of plain words only, without its stop words, to search as alternatives
 * when together they find nothing; none for a query with operators, quotes, exclusions, prefixes
 * or brackets, whose reader asked for something else than all the words.
 */
final class AnyOfTheWords {
  private static final Pattern SYNTAX = Pattern.compile("[\"|+*()~]|(^|\\s)-|\\b(OR|AND|NOT)\\b");

  private AnyOfTheWords() {}

  static List<String> of(String query) {
    List<String> words = new ArrayList<>();
    if (query == null || SYNTAX.matcher(query).find()) {
      return words;
    }
    for (String typed : query.strip().split("\\s+")) {
      String word = typed.replaceAll("[?!.,;:]+$", "");
      if (!word.isEmpty() && !ConceptMatcher.isStopWord(word.toLowerCase(Locale.ROOT))
          && !words.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }
}
