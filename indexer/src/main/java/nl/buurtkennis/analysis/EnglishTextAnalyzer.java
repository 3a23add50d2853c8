package nl.buurtkennis.analysis;

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
 * Dutch ones. Everything after folding depends on the word alone, so each word's terms are worked
 * out once and remembered ({@link WordReadings}).
 */
public final class EnglishTextAnalyzer extends ReadingAnalyzer {
  private static final WordReadings WORDS = new WordReadings(EnglishTextAnalyzer::steps);

  private final boolean indexing;

  /** @param indexing whether the analyzer indexes documents rather than parses queries */
  public EnglishTextAnalyzer(boolean indexing) {
    this.indexing = indexing;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream folded = new ASCIIFoldingFilter(new AsciiLowerCaseFilter(source));
    return new TokenStreamComponents(source, WORDS.after(folded, indexing));
  }

  /** What becomes of one folded word. */
  static TokenStream steps(TokenStream word) {
    TokenStream stream = new EnglishPossessiveFilter(word);
    stream = new StopFilter(stream, EnglishStopWords.SET);
    return new PorterStemFilter(stream);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new AsciiLowerCaseFilter(in));
  }
}
