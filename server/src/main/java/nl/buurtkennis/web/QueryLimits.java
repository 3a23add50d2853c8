package nl.buurtkennis.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.search.InvalidRequestException;

/**
 * What a search may ask for, checked on the raw parameters before anything is parsed, so that no
 * input can make the parser recurse deeply, build more clauses than Lucene allows or expand a
 * prefix over the whole vocabulary. Each violation is a 400 whose code names the limit.
 *
 * <p>Lucene's {@code SimpleQueryParser} runs with phrases, {@code -}, {@code |}, {@code +},
 * parentheses and a trailing {@code *} only: fuzzy ({@code ~}) and slop operators are off and it
 * has no regular expressions, so {@code ~2} and {@code /.../} are plain text.
 */
public final class QueryLimits {
  public static final int MAX_QUERY_CHARS = 1000;
  /** Parentheses nest at most this deep; the parser recurses once per level. */
  public static final int MAX_DEPTH = 20;
  /** Lucene's limit on the clauses of one query ({@code IndexSearcher.getMaxClauseCount()}). */
  public static final int MAX_CLAUSES = 1024;
  /**
   * Clauses budgeted per word: 4 fields × 2 languages × (the word, or a compound's parts). A word
   * that names a concept or translates becomes more, a compound far more (its parts asked where
   * the text says it and where it does not: {@code whatsappgroep} some 80), so a query of such
   * words meets {@link #MAX_CLAUSES} before {@link #MAX_WORDS} ({@code too_many_clauses}, see the
   * README).
   */
  static final int CLAUSES_PER_WORD = 4 * 2 * 2;
  /** Clauses kept free for what the query adds itself: word proximity and named concepts. */
  static final int RESERVED_CLAUSES = 512;
  /** Words (runs of letters and digits) in one query: 32, as many as Google reads. */
  public static final int MAX_WORDS = (MAX_CLAUSES - RESERVED_CLAUSES) / CLAUSES_PER_WORD;
  /**
   * Letters and digits in one word. The longest Dutch words run to some 50; far longer runs cost
   * the spelling suggester and the compound splitter time out of all proportion.
   */
  public static final int MAX_WORD_CHARS = 64;
  /**
   * A prefix search ({@code word*}) needs this many letters or digits before the {@code *}. A
   * {@code *} followed by a letter or digit ({@code poli*e}) is refused: the parser knows prefixes
   * only, and read it as a prefix and a word of its own ({@code poli*} and {@code e}), which
   * silently found nothing.
   */
  public static final int MIN_PREFIX_CHARS = 2;
  public static final int MAX_PREFIXES = 5;
  public static final int MAX_RESULT_WINDOW = 10_000;
  /** Values of one facet filter; a facet has far fewer values than this. */
  public static final int MAX_FILTER_VALUES = 50;
  /** Characters of any parameter value other than {@code q}. */
  public static final int MAX_VALUE_CHARS = 200;
  /**
   * Parameters that take one value: a second one is refused rather than guessed between. Besides
   * the API's, the document page's {@code search} (the search it links back to) and the
   * console's {@code reindex}, {@code removed} and {@code next}.
   */
  public static final Set<String> SINGLE_VALUED = Set.of("q", "page", "size", "sort", "lang",
      "year_from", "year_to", "explain", "format", "delimiter", "rows", "cols", "search", "reindex",
      "removed", "next");
  /**
   * Single-valued parameters whose length their route checks itself, not against
   * {@link #MAX_VALUE_CHARS}: {@code q} ({@link #checkQuery}), {@code search} (a whole query
   * string; the document page links back to the search page instead of one too long) and
   * {@code next} (a console path, or the console's home).
   */
  static final Set<String> OWN_LENGTH = Set.of("q", "search", "next");

  private QueryLimits() {}

  /** Refuses parameters and query text beyond the limits. */
  public static void check(Map<String, List<String>> params) {
    checkParameters(params);
    List<String> q = params.getOrDefault("q", List.of());
    if (!q.isEmpty()) {
      checkQuery(q.get(0));
    }
  }

  /**
   * Refuses a single-valued parameter given twice and values beyond the limits, on every route;
   * parameters no route knows are ignored.
   */
  public static void checkParameters(Map<String, List<String>> params) {
    for (String name : SINGLE_VALUED) {
      List<String> values = params.getOrDefault(name, List.of());
      if (values.size() > 1) {
        throw new InvalidRequestException(name, "repeated_parameter",
            name + " may be given only once");
      }
      if (!OWN_LENGTH.contains(name) && !values.isEmpty()
          && Characters.exceed(values.get(0), MAX_VALUE_CHARS)) {
        throw new InvalidRequestException(name, "value_too_long",
            name + " is longer than " + MAX_VALUE_CHARS + " characters");
      }
    }
    for (String name : SearchParams.FILTER_PARAMS) {
      List<String> values = params.getOrDefault(name, List.of());
      if (values.size() > MAX_FILTER_VALUES) {
        throw new InvalidRequestException(name, "too_many_values",
            name + " may be given at most " + MAX_FILTER_VALUES + " times");
      }
      for (String value : values) {
        if (Characters.exceed(value, MAX_VALUE_CHARS)) {
          throw new InvalidRequestException(name, "value_too_long",
              name + " is longer than " + MAX_VALUE_CHARS + " characters", value);
        }
      }
    }
  }

  /** Refuses query text beyond the limits. */
  public static void checkQuery(String query) {
    if (Characters.exceed(query, MAX_QUERY_CHARS)) {
      throw new InvalidRequestException("q", "query_too_long",
          "q is longer than " + MAX_QUERY_CHARS + " characters");
    }
    int depth = 0;
    int deepest = 0;
    int words = 0;
    int prefixes = 0;
    int wordChars = 0;
    for (int i = 0; i < query.length(); ) {
      int c = query.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetterOrDigit(c)) {
        if (wordChars++ == 0) {
          words++;
        }
        if (wordChars > MAX_WORD_CHARS) {
          throw new InvalidRequestException("q", "word_too_long",
              "a word in q may have at most " + MAX_WORD_CHARS + " letters or digits");
        }
        continue;
      }
      if (c == '*') {
        if (wordChars < MIN_PREFIX_CHARS) {
          throw new InvalidRequestException("q", "prefix_too_short", "a * must follow at least "
              + MIN_PREFIX_CHARS + " letters or digits: no leading or lone wildcards");
        }
        if (i < query.length() && Character.isLetterOrDigit(query.codePointAt(i))) {
          throw new InvalidRequestException("q", "wildcard_inside_word", "a * only works at the"
              + " end of a word, as a prefix search (word*): not inside one");
        }
        prefixes++;
      } else if (c == '(') {
        // counted inside quotes too: an unclosed quote is no phrase to the parser
        deepest = Math.max(deepest, ++depth);
      } else if (c == ')' && depth > 0) {
        depth--;
      }
      wordChars = 0;
    }
    if (deepest > MAX_DEPTH) {
      throw new InvalidRequestException("q", "query_too_deep",
          "parentheses in q may nest at most " + MAX_DEPTH + " deep");
    }
    if (words > MAX_WORDS) {
      throw new InvalidRequestException("q", "too_many_words",
          "q may hold at most " + MAX_WORDS + " words");
    }
    if (prefixes > MAX_PREFIXES) {
      throw new InvalidRequestException("q", "too_many_prefixes",
          "q may hold at most " + MAX_PREFIXES + " prefix searches (word*)");
    }
  }

  /** The numbers a message about {@code code} names, for the page's translation of it. */
  static Object[] arguments(String code) {
    return switch (code) {
      case "query_too_long" -> new Object[] {MAX_QUERY_CHARS};
      case "query_too_deep" -> new Object[] {MAX_DEPTH};
      case "too_many_words" -> new Object[] {MAX_WORDS};
      case "word_too_long" -> new Object[] {MAX_WORD_CHARS};
      case "prefix_too_short" -> new Object[] {MIN_PREFIX_CHARS};
      case "too_many_prefixes" -> new Object[] {MAX_PREFIXES};
      case "result_window_exceeded" -> new Object[] {MAX_RESULT_WINDOW};
      case "too_many_values" -> new Object[] {MAX_FILTER_VALUES};
      case "value_too_long" -> new Object[] {MAX_VALUE_CHARS};
      case "too_many_clauses" -> new Object[] {MAX_CLAUSES};
      // as written, not grouped (9.999)
      case "invalid_year_from", "invalid_year_to" -> new Object[] {
          Integer.toString(SearchParams.MIN_YEAR), Integer.toString(SearchParams.MAX_YEAR)};
      default -> new Object[0];
    };
  }
}
