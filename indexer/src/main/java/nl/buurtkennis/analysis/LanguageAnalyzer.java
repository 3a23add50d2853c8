package nl.buurtkennis.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * The one analyzer of the index, at index and at query time: a field named {@code *_nl} is Dutch,
 * {@code *_en} English, anything else plain standard text.
 */
public final class LanguageAnalyzer extends DelegatingAnalyzerWrapper {
  private final Analyzer dutch = new DutchTextAnalyzer();
  private final Analyzer english = new EnglishTextAnalyzer();
  private final Analyzer standard = new StandardAnalyzer();

  public LanguageAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    if (fieldName.endsWith("_nl")) {
      return dutch;
    }
    if (fieldName.endsWith("_en")) {
      return english;
    }
    return standard;
  }

  @Override
  public void close() {
    dutch.close();
    english.close();
    standard.close();
    super.close();
  }
}
