package nl.buurtkennis.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenStream;

/**
 * The analysis of the index: a field named {@code *_nl} is Dutch, {@code *_en} English, anything
 * else plain text (words lower-cased, diacritics folded, nothing else). The index-time and
 * query-time analyzers differ in one step only: Dutch compounds yield their parts at index time.
 */
public final class LanguageAnalyzer extends DelegatingAnalyzerWrapper {
  static final int VALUE_GAP = 100;

  private final Analyzer dutch;
  private final Analyzer english;
  private final Analyzer plain = new PlainTextAnalyzer();

  private LanguageAnalyzer(boolean decompound, boolean indexing) {
    super(PER_FIELD_REUSE_STRATEGY);
    this.dutch = new DutchTextAnalyzer(decompound, indexing);
    this.english = new EnglishTextAnalyzer(indexing);
  }

  /** The analyzer documents are indexed with. */
  public static LanguageAnalyzer forIndexing() {
    return new LanguageAnalyzer(true, true);
  }

  /**
   * An analyzer to index documents with, but without the parts of Dutch compounds: the terms of
   * {@link #forQueries()}, for measuring what decompounding adds.
   */
  public static LanguageAnalyzer forIndexingWithoutCompoundParts() {
    return new LanguageAnalyzer(false, true);
  }

  /** The analyzer queries are parsed with. */
  public static LanguageAnalyzer forQueries() {
    return new LanguageAnalyzer(false, false);
  }

  /**
   * The words of the text this thread analysed last for {@code fieldName}, a Dutch or English
   * field: lower-cased and folded, but not split, stopped or stemmed, as {@link PlainTextAnalyzer}
   * would give them; each once, in the order they first came (now and then a word twice). Readable
   * once that text has been read through, and until this analyzer analyses the next text of that
   * language on this thread; only from the analyzer documents are indexed with.
   */
  public TokenStream wordsOf(String fieldName) {
    if (!(getWrappedAnalyzer(fieldName) instanceof ReadingAnalyzer language)) {
      throw new IllegalArgumentException(fieldName + " is neither a Dutch nor an English field");
    }
    return language.wordsOf(fieldName);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    if (fieldName.endsWith("_nl")) {
      return dutch;
    }
    if (fieldName.endsWith("_en")) {
      return english;
    }
    return plain;
  }

  /**
   * Far apart, so that a phrase never matches across two values of a multi-valued field (two
   * keywords, two concept names).
   */
  @Override
  public int getPositionIncrementGap(String fieldName) {
    return VALUE_GAP;
  }

  @Override
  public void close() {
    dutch.close();
    english.close();
    plain.close();
    super.close();
  }
}
