package nl.buurtkennis.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;

/** An analysis that reads text as {@link ComposedText} before its tokenizer sees it. */
abstract class ComposingAnalyzer extends Analyzer {

  /** Where the text read's sentences and lines end ({@link SentenceEnds}). */
  final SentenceEnds sentenceEnds = new SentenceEnds();

  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return ComposedText.reader(sentenceEnds.recording(reader));
  }

  @Override
  protected Reader initReaderForNormalization(String fieldName, Reader reader) {
    return ComposedText.reader(reader);
  }
}
