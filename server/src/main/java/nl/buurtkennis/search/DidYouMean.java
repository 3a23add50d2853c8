package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.analysis.DutchCompounds;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Proposes a corrected query: every word that occurs nowhere in the corpus is replaced by the
 * most frequent similar word that does (Lucene's {@link DirectSpellChecker}, over the unstemmed
 * words of every document).
 */
final class DidYouMean {
  /** Below this many hits a correction must find more than the query; from it, any. */
  static final int FEW_HITS = 3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");

  private static final List<String> TEXT_FIELDS = List.of(IndexSchema.TITLE,
      IndexSchema.SUMMARY, IndexSchema.KEYWORDS, IndexSchema.BODY);

  private final DirectSpellChecker checker = new DirectSpellChecker();
  private final Analyzer analyzer = IndexSchema.queryAnalyzer();

  DidYouMean() {
    checker.setMaxEdits(2);
    checker.setMinPrefix(1);
    checker.setAccuracy(0.6f);
  }

  /** The corrected query, or null when every word occurs in the corpus or none has a fix. */
  String correct(String query, IndexReader reader) throws IOException {
    return correct(query, reader, false);
  }

  /**
   * The same, correcting only the compounds that no text field holds in any form (as analysed):
   * what a query that finds many documents through a compound's parts may still have misspelled
   * ({@code burgernett}, found through {@code burger}). Other words it does not hold may be found
   * through a concept or a translation ({@code evaluatie}), and are left alone.
   */
  String correctUnmatched(String query, IndexReader reader) throws IOException {
    return correct(query, reader, true);
  }

  private String correct(String query, IndexReader reader, boolean unmatchedOnly)
      throws IOException {
    Matcher matcher = WORD.matcher(query);
    StringBuilder corrected = new StringBuilder();
    boolean changed = false;
    List<String> seen = new ArrayList<>();
    while (matcher.find()) {
      String word = matcher.group();
      String lower = ConceptMatcher.words(word).stream().findFirst().orElse(word);
      String replacement = word;
      if (!seen.contains(lower) && reader.docFreq(new Term(IndexSchema.SPELL, lower)) == 0
          && (!unmatchedOnly || unmatchedCompound(lower, word, reader))) {
        SuggestWord[] suggestions = checker.suggestSimilar(new Term(IndexSchema.SPELL, lower), 1,
            reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        if (suggestions.length > 0) {
          replacement = suggestions[0].string;
          changed = true;
        }
      }
      seen.add(lower);
      matcher.appendReplacement(corrected, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(corrected);
    return changed ? corrected.toString() : null;
  }

  private boolean unmatchedCompound(String lower, String word, IndexReader reader)
      throws IOException {
    return DutchCompounds.segments(lower).size() > 1 && !matchedAsAnalysed(word, reader);
  }

  /** Whether a text field of either language holds {@code word} as its analysis reads it. */
  private boolean matchedAsAnalysed(String word, IndexReader reader) throws IOException {
    for (String language : IndexSchema.LANGUAGES) {
      for (String name : TEXT_FIELDS) {
        String field = IndexSchema.field(name, language);
        try (TokenStream tokens = analyzer.tokenStream(field, word)) {
          CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
          tokens.reset();
          while (tokens.incrementToken()) {
            if (reader.docFreq(new Term(field, term.toString())) > 0) {
              return true;
            }
          }
          tokens.end();
        }
      }
    }
    return false;
  }
}
