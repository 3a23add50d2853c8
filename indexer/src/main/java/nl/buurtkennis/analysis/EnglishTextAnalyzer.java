package nl.buurtkennis.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English text: Lucene's English chain (possessives, stop words, Porter) after lower-casing and
 * folding diacritics, as the Dutch chain does (so the words of both can be taken at that point),
 * and Snowball's English stop words ({@link EnglishStopWords}) as the Dutch chain has Snowball's
 * Dutch ones.
 */
public final class EnglishTextAnalyzer extends TeedAnalyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    WordTee folded = new WordTee(new ASCIIFoldingFilter(new LowerCaseFilter(source)));
    TokenStream stream = new EnglishPossessiveFilter(folded);
    stream = new StopFilter(stream, EnglishStopWords.SET);
    stream = new PorterStemFilter(stream);
    return components(source, folded, stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
  }
}
