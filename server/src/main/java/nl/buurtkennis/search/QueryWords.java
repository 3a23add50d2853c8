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
 * ({@code men}, {@code door}); where it finds something there, it is no stop word here, and where
 * no text of the corpus holds it so, it is one: {@code van} alone finds nothing, as {@code de}
 * does, and is named for the same reason, too common in the texts that hold it. A query that only excludes
 * ({@code -whatsapp}) asks for every other document; one that only excludes words that are not
 * searched ({@code -the}) excludes nothing, and asks for nothing, as {@code -} alone does.
 *
 * @param stopWords the words the query asks for or excludes that no language's analysis searches,
 *     and the stop words it asks for that some language's analysis searches but that, searched
 *     alone, find no document; in lower case as typed, once each, in order
 * @param nothingSearched the query is not blank, yet asks for no word that is searched, and
 *     excludes none either when it asks for no word at all
 */
record QueryWords(List<String> stopWords, boolean nothingSearched) {
  /** A word ({@link QueryWordPattern}), and whether a {@code *} makes it the start of words. */
  private static final Pattern WORD = Pattern.compile("(" + QueryWordPattern.WORD + ")(\\*?)");

  QueryWords {
    stopWords = List.copyOf(stopWords);
  }

  /**
   * @param analyzer the analyzer queries are parsed with
   * @param alone whether a word, searched alone, finds no document: asked only of the stop words
   *     of one language that another's analysis searches ({@code van}, {@code men})
   */
  static QueryWords of(String query, Analyzer analyzer, DidYouMean.WordSearch alone) {
    if (query == null || query.isBlank()) {
      return new QueryWords(List.of(), false);
    }
    Exclusions exclusions = Exclusions.of(query);
    List<String> stopWords = new ArrayList<>();
    Read wanted = read(UserQueryParser.translateOperatorWords(exclusions.wanted()), analyzer,
        alone, stopWords);
    // An excluded word that finds nothing excludes nothing, whatever it is: it is named only
    // when no analysis searches it, as then the exclusion is not made at all.
    Read excluded = read(String.join(" ", exclusions.excluded()), analyzer, word -> false,
        stopWords);
    boolean nothingSearched = wanted.anyWord() ? !wanted.searched() : !excluded.searched();
    return new QueryWords(stopWords, nothingSearched);
  }

  /** Whether a text holds a word, and one that is searched. */
  private record Read(boolean anyWord, boolean searched) {}

  /**
   * Reads the words of {@code text}, adding those not searched, and the stop words that find
   * nothing ({@code alone}), to {@code stopWords}.
   */
  private static Read read(String text, Analyzer analyzer, DidYouMean.WordSearch alone,
      List<String> stopWords) {
    boolean anyWord = false;
    boolean searched = false;
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      anyWord = true;
      String word = matcher.group(1);
      if (matcher.group(2).isEmpty() && (!searchedInAnyLanguage(word, analyzer)
          || isStopWordFindingNothing(word, alone))) {
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

  /**
   * Whether {@code word} is a stop word of a language ({@code van} of Dutch) that, searched
   * alone, finds no document: the English fields, where it is searched, hold it nowhere.
   */
  private static boolean isStopWordFindingNothing(String word, DidYouMean.WordSearch alone) {
    String lower = TextlessWords.lower(word);
    try {
      return ConceptMatcher.isStopWord(lower) && alone.findsNothing(lower);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the analysis of some language's text fields keeps a term of {@code word}. */
  static boolean searchedInAnyLanguage(String word, Analyzer analyzer) {
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
