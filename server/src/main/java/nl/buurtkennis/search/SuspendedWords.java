package nl.buurtkennis.search;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import nl.buurtkennis.analysis.SuspendedCompounds;
import nl.buurtkennis.index.IndexSchema;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.BytesRef;

/**
 * The suspended words of a text ({@code hang} of {@code hang- en sluitwerk}, {@link
 * SuspendedCompounds}), each with the terms that it says as written. The index reads such a word
 * as its completed compound ({@code hangwerk}, with the parts {@code hang} and {@code werk}), all
 * at the written word's offsets, so a match of the compound's completion alone marked the written
 * half, which does not say it: {@code werk} of {@code werkgebied} marked "hang".
 */
final class SuspendedWords {
  static final SuspendedWords NONE = new SuspendedWords(Map.of());
  /** Reads a written word as the index does, with a compound's parts. */
  private static final Analyzer INDEX_ANALYZER = IndexSchema.indexAnalyzer();

  /** By where a suspended word ends: the terms of the word as written. */
  private final Map<Integer, Set<String>> writtenTerms;

  private SuspendedWords(Map<Integer, Set<String>> writtenTerms) {
    this.writtenTerms = writtenTerms;
  }

  /** The suspended words of {@code text}, read as the index reads {@code field}. */
  static SuspendedWords of(String text, String field) {
    int[] ends = SuspendedCompounds.suspendedWordEnds(text);
    if (ends.length == 0) {
      return NONE;
    }
    Map<Integer, Set<String>> writtenTerms = new HashMap<>();
    for (int end : ends) {
      int start = end;
      while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
        start--;
      }
      writtenTerms.put(end, ConceptNameQueries.terms(INDEX_ANALYZER, field, text.substring(start, end)));
    }
    return new SuspendedWords(writtenTerms);
  }

  /**
   * Whether a match of {@code term} that ends at {@code end} is said by the text as written
   * there: anywhere but at a suspended word, and there when the written word makes the term.
   */
  boolean says(int end, BytesRef term) {
    Set<String> written = writtenTerms.get(end);
    return written == null || written.contains(term.utf8ToString());
  }
}
