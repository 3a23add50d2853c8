package nl.buurtkennis.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.util.WeakIdentityMap;

/**
 * A language's analysis with a {@link WordTee} after lower-casing and folding, so that the words
 * of a text it analysed can be indexed in a second field without tokenizing the text again.
 */
abstract class TeedAnalyzer extends Analyzer {
  /**
   * Each chain's tee, by the chain's last stream: Lucene's components cannot carry it, and a
   * stream's {@code equals} compares its current token.
   */
  private final WeakIdentityMap<TokenStream, WordTee> tees =
      WeakIdentityMap.newConcurrentHashMap();

  protected final TokenStreamComponents components(Tokenizer source, WordTee tee,
      TokenStream result) {
    tees.put(result, tee);
    return new TokenStreamComponents(source, result);
  }

  /** See {@link LanguageAnalyzer#wordsOf}. */
  final TokenStream wordsOf(String fieldName) {
    TokenStreamComponents components = getReuseStrategy().getReusableComponents(this, fieldName);
    WordTee tee = components == null ? null : tees.get(components.getTokenStream());
    if (tee == null) {
      throw new IllegalStateException("no text of " + fieldName + " analysed on this thread");
    }
    return tee.words();
  }
}
