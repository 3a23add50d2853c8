package nl.buurtkennis.search;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.buurtkennis.analysis.DutchStopWords;
import nl.buurtkennis.analysis.EnglishStopWords;
import org.apache.lucene.analysis.CharArraySet;

/**
 * What a query's word is, wherever a query is read word by word: a run of letters or digits, or
 * a stop word written with an apostrophe ({@code won't}, {@code isn't}, {@code it's}), which both
 * languages' analyses drop whole, with a straight or a curly apostrophe. Any other apostrophe
 * separates words, so a Dutch plural or possessive ({@code camera's}) is its word and an
 * {@code s}, as before.
 */
final class QueryWordPattern {
  /** The stop words of either list that hold an apostrophe, longest first. */
  static final List<String> CONTRACTIONS = Stream.of(DutchStopWords.SET, EnglishStopWords.SET)
      .flatMap(QueryWordPattern::words)
      .filter(word -> word.indexOf('\'') >= 0)
      .distinct()
      .sorted(Comparator.comparingInt(String::length).reversed()
          .thenComparing(Comparator.naturalOrder()))
      .toList();

  /**
   * One word, as a regular expression without groups that capture: a contraction of
   * {@link #CONTRACTIONS} in any case and with either apostrophe, not followed by more letters,
   * else a run of letters or digits (possessive: never a shorter run).
   */
  static final String WORD = "(?:(?i:" + CONTRACTIONS.stream()
      .map(word -> Pattern.quote(word).replace("'", "\\E['\u2019]\\Q"))
      .collect(Collectors.joining("|"))
      + ")(?![\\p{L}\\p{N}'\u2019])|[\\p{L}\\p{N}]++)";

  private QueryWordPattern() {}

  private static Stream<String> words(CharArraySet set) {
    return set.stream().map(word -> new String((char[]) word));
  }
}
