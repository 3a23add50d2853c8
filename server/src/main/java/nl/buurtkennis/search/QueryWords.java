package nl.buurtkennis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * Whether a query that is not blank holds a word to search: one of operators and punctuation
 * alone ({@code "}, {@code -}, {@code NOT}) holds none, and one of words that every language's
 * analysis drops ({@code the}, {@code in of}) none that is searched. The query is parsed once per
 * language, so a Dutch stop word that is an English word is searched in the English fields
 * ({@code men}, {@code door}) and is no stop word here. A query that only excludes
 * ({@code -whatsapp}) asks for every other document; one that only excludes words that are not
 * searched ({@code -the}) excludes nothing, and asks for nothing, as {@code -} alone does.
 *
 * @param stopWords the words the query asks for or excludes that no language's analysis searches,
 *     in lower case as typed, once each, in order
 * @param nothingSearched the query is not blank, yet asks for no word that is searched, and
 *     excludes none either when it asks for no word at all
 */
record QueryWords(List<String> stopWords, boolean nothingSearched) {
  /** A word ({@link QueryWordPattern}), and whether a {@code *} makes it the start of words. */
  private static final Pattern WORD = Pattern.compile("(" + QueryWordPattern.WORD + ")(\\*?)");

  QueryWords {
    stopWords = List.copyOf(stopWords);
  }

  /** @param analyzer the analyzer queries are parsed with */
  static QueryWords of(String query, Analyzer analyzer) {
    if (query == null || query.isBlank()) {
      return new QueryWords(List.of(), false);
    }
    Exclusions exclusions = Exclusions.of(query);
    List<String> stopWords = new ArrayList<>();
    Read wanted = read(UserQueryParser.translateOperatorWords(exclusions.wanted()), analyzer,
        stopWords);
    Read excluded = read(String.join(" ", exclusions.excluded()), analyzer, stopWords);
    boolean nothingSearched = wanted.anyWord() ? !wanted.searched() : !excluded.searched();
    return new QueryWords(stopWords, nothingSearched);
  }

  /** Whether a text holds a word, and one that is searched. */
  private record Read(boolean anyWord, boolean searched) {}

  /** Reads the words of {@code text}, adding those not searched to {@code stopWords}. */
  private static Read read(String text, Analyzer analyzer, List<String> stopWords) {
    boolean anyWord = false;
    boolean searched = false;
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      anyWord = true;
      String word = matcher.group(1);
      if (matcher.group(2).isEmpty() && !searchedInAnyLanguage(word, analyzer)) {
        String typed = word.toLowerCase(Locale.ROOT);
        if (!stopWords.contains(typed)) {
          stopWords.add(typed);
        }
      } else {
        searched = true;
      }
    }
    return new Read(anyWord, searched);
  }

  /** Whether the analysis of some language's text fields keeps a term of {@code word}. */
  private static boolean searchedInAnyLanguage(String word, Analyzer analyzer) {
    for (String language : IndexSchema.LANGUAGES) {
      String field = IndexSchema.field(IndexSchema.BODY, language);
      try (TokenStream tokens = analyzer.tokenStream(field, word)) {
        tokens.reset();
        boolean kept = false;
        while (tokens.incrementToken()) {
          kept = true;
        }
        tokens.end();
        if (kept) {
          return true;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
