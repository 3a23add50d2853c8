package nl.buurtkennis.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words as written, composed ({@link ComposedText}), lower-cased and without diacritics: no stop
 * words, no stemming.
 */
public final class PlainTextAnalyzer extends ComposingAnalyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source,
        new ASCIIFoldingFilter(new AsciiLowerCaseFilter(new JoinedWordsFilter(source))));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new AsciiLowerCaseFilter(in));
  }
}
