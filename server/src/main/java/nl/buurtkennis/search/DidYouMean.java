package nl.buurtkennis.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Proposes a corrected query when a query finds little: every word that occurs nowhere in the
 * corpus is replaced by the most frequent similar word that does (Lucene's
 * {@link DirectSpellChecker}, over the unstemmed words of every document).
 */
final class DidYouMean {
  /** Below this many hits a correction is looked for. */
  static final int FEW_HITS = 3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]{3,}");

  private final DirectSpellChecker checker = new DirectSpellChecker();

  DidYouMean() {
    checker.setMaxEdits(2);
    checker.setMinPrefix(1);
    checker.setAccuracy(0.6f);
  }

  /** The corrected query, or null when every word occurs in the corpus or none has a fix. */
  String correct(String query, IndexReader reader) throws IOException {
    Matcher matcher = WORD.matcher(query);
    StringBuilder corrected = new StringBuilder();
    boolean changed = false;
    List<String> seen = new ArrayList<>();
    while (matcher.find()) {
      String word = matcher.group();
      String lower = ConceptMatcher.words(word).stream().findFirst().orElse(word);
      String replacement = word;
      if (!seen.contains(lower) && reader.docFreq(new Term(IndexSchema.SPELL, lower)) == 0) {
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
}
