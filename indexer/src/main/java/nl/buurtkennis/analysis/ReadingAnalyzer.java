package nl.buurtkennis.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * A language's analysis whose chain ends in a {@link ReadingFilter}, which at index time keeps the
 * words of each text it reads, so that they can be indexed in a second field without tokenizing
 * the text again.
 */
abstract class ReadingAnalyzer extends Analyzer {

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return ComposedText.reader(reader);
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return ComposedText.reader(reader);
  }

  /** See {@link LanguageAnalyzer#wordsOf}. */
  final TokenStream wordsOf(String fieldName) {
    TokenStreamComponents components = getReuseStrategy().getReusableComponents(this, fieldName);
    if (components == null || !(components.getTokenStream() instanceof ReadingFilter reading)) {
      throw new IllegalStateException("no text of " + fieldName + " analysed on this thread");
    }
    return reading.words();
  }
}
