package nl.buurtkennis.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import nl.buurtkennis.index.IndexSchema;

/**
 * What a query text excludes at its top level, {@code -word}, {@code -"a phrase"} or
 * {@code -(a group)} (or the same after {@code NOT}), apart from what it asks for. The search
 * leaves out the documents whose texts hold an excluded item as a search for it finds it there
 * (also as its translations and other names, and a Dutch compound no text holds as all its
 * parts: see {@code UserQueryParser#excluded}), whichever way the rest of the query finds them;
 * an excluded item names no concept, and is not among the words the query asks for. An exclusion
 * inside a group stays where it is, part of the group; so do all of them when one is part of an
 * alternative at the top level ({@code a -c | b}, {@code a | -c}), whereas {@code a | b -c} is
 * {@code a | b} without {@code c}, as Lucene's simple syntax reads from left to right.
 *
 * @param wanted the text without its excluded items; the text as typed when it excludes nothing
 * @param excluded each excluded item without its {@code -}
 */
record Exclusions(String wanted, List<String> excluded) {
  /**
   * A word of letters or digits whose parts hyphens join ({@code wiet-teelt},
   * {@code WhatsApp-groep}, {@code covid-19}); U+2010 and U+2011 are hyphens too.
   */
  private static final Pattern HYPHENATED =
      Pattern.compile("[\\p{L}\\p{N}]+(?:[-\u2010\u2011][\\p{L}\\p{N}]+)+");
  private static final Pattern HYPHEN = Pattern.compile("[-\u2010\u2011]");

  Exclusions {
    excluded = List.copyOf(excluded);
  }

  static Exclusions of(String text) {
    Exclusions none = new Exclusions(text == null ? "" : text, List.of());
    if (text == null) {
      return none;
    }
    String simple = UserQueryParser.translateOperatorWords(text);
    StringBuilder wanted = new StringBuilder();
    List<String> excluded = new ArrayList<>();
    int depth = 0;
    int i = 0;
    // Lucene's simple syntax reads from left to right: "a | b -c" is (a | b) without c, but in
    // "a -c | b" and "a | -c" the exclusion is part of one alternative.
    boolean afterBar = false;
    while (i < simple.length()) {
      char c = simple.charAt(i);
      if (c == '-' && depth == 0 && (i == 0 || Character.isWhitespace(simple.charAt(i - 1)))) {
        int end = end(simple, i + 1);
        String item = simple.substring(i + 1, end).replaceFirst("^-+", "").strip();
        if (!item.isEmpty()) {
          if (afterBar) {
            return none;
          }
          excluded.add(item);
          i = end;
          continue;
        }
      }
      if (c == '|' && depth == 0) {
        if (!excluded.isEmpty()) {
          return none;
        }
        afterBar = true;
      } else if (!Character.isWhitespace(c)) {
        afterBar = false;
      }
      int end = c == '"' ? end(simple, i) : i + 1;
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      }
      wanted.append(simple, i, end);
      i = end;
    }
    return !excluded.isEmpty()
        ? new Exclusions(wanted.toString().strip().replaceAll("\\s+", " "), excluded)
        : none;
  }

  /**
   * Whether a word the text excludes is also one it asks for ({@code police -police}): such a
   * query asks for nothing, though the word's concepts would still find documents whose text
   * does not hold it.
   */
  private boolean excludesTheWordItself() {
    List<String> wantedWords = ConceptMatcher.words(wanted);
    return excluded.stream().anyMatch(item -> isSingleWord(item)
        ? wantedWords.contains(ConceptMatcher.words(item).get(0))
        : isWordWrittenApart(item) && wantedWords.contains(String.join("",
            ConceptMatcher.words(item))));
  }

  /**
   * Whether an excluded item is a word written with hyphens or as a phrase of its parts ({@code
   * buurt-preventie}, {@code "buurt preventie"}), which leaves out what the word written as one
   * does ({@link #readings}).
   */
  private static boolean isWordWrittenApart(String item) {
    return HYPHENATED.matcher(item).matches() || item.matches("\"[\\p{L}\\p{N} ]+\"");
  }

  /**
   * Whether a word the text excludes is a translation or another name of one it asks for, or the
   * other way round ({@code politie -police}): excluding a word leaves out the texts holding its
   * translations too, so such a query asks for nothing, as {@code politie -politie} does.
   */
  boolean excludesAWordItWants(TaxonomyLexicon lexicon) {
    if (excludesTheWordItself()) {
      return true;
    }
    // A glossary phrase counts as a word: excluding jongeren leaves out the texts saying young
    // people, which young people -jongeren asks for.
    Set<String> wantedWords = new LinkedHashSet<>(ConceptMatcher.words(wanted));
    wantedWords.addAll(lexicon.units(wanted));
    for (String item : excluded) {
      if (!isSingleWord(item)) {
        continue;
      }
      String word = ConceptMatcher.words(item).get(0);
      for (String language : IndexSchema.LANGUAGES) {
        if (lexicon.alternatives(word, language).stream()
                .anyMatch(alternative -> wantedWords.contains(alternative))
            || wantedWords.stream()
                .anyMatch(wantedWord -> lexicon.alternatives(wantedWord, language).contains(word))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * How an excluded item is searched: a hyphenated word ({@code wiet-teelt}) as the word written
   * as one ({@code wietteelt}: in Dutch a hyphen joins a compound's parts, so it leaves out what
   * {@code -wietteelt} does), and as the phrase of its parts, so that the texts that write it with
   * the hyphen are left out too, also where joining makes no word ({@code covid-19}); not as all
   * its parts anywhere in a field, which left out a text speaking of the {@code buurt} in one
   * place and of {@code preventie} in another. Any other item as it is.
   */
  static List<String> readings(String item) {
    if (!HYPHENATED.matcher(item).matches()) {
      return List.of(item);
    }
    String[] parts = HYPHEN.split(item);
    return List.of(String.join("", parts), '"' + String.join(" ", parts) + '"');
  }

  /** Whether an excluded item is one plain word: no phrase, prefix or group. */
  static boolean isSingleWord(String item) {
    return ConceptMatcher.words(item).size() == 1 && !item.matches(".*[\"*(].*");
  }

  /** Where the word, phrase or group that starts at {@code start} ends. */
  private static int end(String text, int start) {
    if (start < text.length() && text.charAt(start) == '"') {
      int close = text.indexOf('"', start + 1);
      return close < 0 ? text.length() : close + 1;
    }
    if (start < text.length() && text.charAt(start) == '(') {
      int depth = 0;
      for (int i = start; i < text.length(); i++) {
        if (text.charAt(i) == '(') {
          depth++;
        } else if (text.charAt(i) == ')' && --depth == 0) {
          return i + 1;
        }
      }
      return text.length();
    }
    int i = start;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
