package nl.buurtkennis.analysis;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * English text: Lucene's English chain (possessives, stop words, Porter) after lower-casing and
 * folding diacritics, with American spellings read as British ({@link AmericanSpellingFilter}), as the Dutch chain does (so the words of both can be taken at that point),
 * and Snowball's English stop words ({@link EnglishStopWords}) as the Dutch chain has Snowball's
 * Dutch ones, and the Dutch ones too but those that are English words
 * ({@link CrossLanguageStopWords#IN_ENGLISH_TEXT}), as the Dutch chain leaves out the English
 * ones. Everything after folding depends on the word alone, so each word's terms are worked out
 * once and remembered ({@link WordReadings}).
 */
public final class EnglishTextAnalyzer extends ReadingAnalyzer {
  static final StemmerOverrideFilter.StemmerOverrideMap STEM_OVERRIDES = stemOverrides();
  private static final WordReadings WORDS = new WordReadings(EnglishTextAnalyzer::steps);

  private final boolean indexing;

  /** @param indexing whether the analyzer indexes documents rather than parses queries */
  public EnglishTextAnalyzer(boolean indexing) {
    this.indexing = indexing;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    SentenceEnds.Gaps words = sentenceEnds.gaps(new JoinedWordsFilter(source));
    TokenStream folded = new ASCIIFoldingFilter(new AsciiLowerCaseFilter(words));
    return new TokenStreamComponents(words.reading(source), WORDS.after(folded, indexing));
  }

  /** What becomes of one folded word. */
  static TokenStream steps(TokenStream word) {
    TokenStream stream = new AmericanSpellingFilter(new EnglishPossessiveFilter(word));
    stream = new StopFilter(stream, EnglishStopWords.SET);
    stream = new StopFilter(stream, CrossLanguageStopWords.IN_ENGLISH_TEXT);
    stream = new StemmerOverrideFilter(stream, STEM_OVERRIDES);
    return new PorterStemFilter(stream);
  }

  /**
   * Words of this field that Porter joins with words of another meaning, kept apart: {@code
   * community} is not {@code communication}, {@code informal} not {@code information}, {@code
   * evening} not {@code even}, {@code useful} not {@code use}, {@code responsible} not {@code
   * response} (found by grouping the shipped corpus' words by their stems), {@code measurement}
   * not {@code measures} (taken: "support for measures" made measurement a name of policy
   * acceptance), {@code commitment} not {@code commit} (taken: neighbourhood commitment, the
   * translation of betrokkenheid, found "people who intend to commit crimes"); and the irregular
   * plurals Porter leaves apart from their singulars ({@code children}, {@code women}).
   */
  private static StemmerOverrideFilter.StemmerOverrideMap stemOverrides() {
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    for (String word : new String[] {"community", "communities"}) {
      builder.add(word, "community");
    }
    for (String word : new String[] {"informal", "informally"}) {
      builder.add(word, "informal");
    }
    for (String word : new String[] {"evening", "evenings"}) {
      builder.add(word, "evening");
    }
    for (String word : new String[] {"useful", "usefulness"}) {
      builder.add(word, "useful");
    }
    for (String word : new String[] {"responsible", "responsibility", "responsibilities"}) {
      builder.add(word, "responsibl");
    }
    for (String word : new String[] {"measurement", "measurements"}) {
      builder.add(word, "measurement");
    }
    for (String word : new String[] {"commitment", "commitments"}) {
      builder.add(word, "commitment");
    }
    // irregular plurals, which Porter leaves apart from their singulars
    builder.add("children", "child");
    builder.add("women", "woman");
    builder.add("men", "man");
    try {
      return builder.build();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new AsciiLowerCaseFilter(in));
  }
}
