package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;

/**
 * The words of a query of plain words only, without its stop words ({@link #isStopWords}), to
 * search as alternatives when together they find nothing; none for a query with operators,
 * quotes, exclusions, prefixes or brackets, whose reader asked for something else than all the
 * words.
 */
final class AnyOfTheWords {
  private static final Analyzer ANALYZER = IndexSchema.queryAnalyzer();
  private static final Pattern SYNTAX = Pattern.compile("[\"|+*()~]|(^|\\s)-|\\b(OR|AND|NOT)\\b");

  private AnyOfTheWords() {}

  static List<String> of(String query) {
    List<String> words = new ArrayList<>();
    if (query == null || SYNTAX.matcher(query).find()) {
      return words;
    }
    for (String typed : query.strip().split("\\s+")) {
      String word = typed.replaceAll("[?!.,;:]+$", "");
      if (!word.isEmpty() && !isStopWords(word) && !words.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  /**
   * Whether {@code typed} is a stop word, or words that no language's analysis searches: stop
   * words that hyphens join ({@code before-and-after}, {@code in-en-om}), which the parser drops
   * as it drops them written apart; not {@code door-to-door}, whose {@code door} English keeps.
   */
  static boolean isStopWords(String typed) {
    return ConceptMatcher.isStopWord(typed.toLowerCase(Locale.ROOT))
        || !QueryWords.searchedInAnyLanguage(typed, ANALYZER);
  }
}
