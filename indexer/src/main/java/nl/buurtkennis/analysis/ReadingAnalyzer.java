package nl.buurtkennis.analysis;

import org.apache.lucene.analysis.TokenStream;

/**
 * A language's analysis whose chain ends in a {@link ReadingFilter}, which at index time keeps the
 * words of each text it reads, so that they can be indexed in a second field without tokenizing
 * the text again.
 */
abstract class ReadingAnalyzer extends ComposingAnalyzer {

  /** See {@link LanguageAnalyzer#wordsOf}. */
  final TokenStream wordsOf(String fieldName) {
    TokenStreamComponents components = getReuseStrategy().getReusableComponents(this, fieldName);
    if (components == null || !(components.getTokenStream() instanceof ReadingFilter reading)) {
      throw new IllegalStateException("no text of " + fieldName + " analysed on this thread");
    }
    return reading.words();
  }
}
