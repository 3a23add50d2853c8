package nl.buurtkennis.analysis;

import java.io.Reader;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.DutchStemmer;

/**
 * Dutch text: words joined by a full stop or colon split ({@link JoinedWordsFilter}), then the
 * stock chain (Snowball's Dutch stop words, with the other forms of their verbs
 * and the question words, {@link DutchStopWords}; Porter stemmer), with diacritics
 * folded before stemming, so that {@code coördinatie} and {@code coordinatie} are one term (the
 * folding also reads the ligature {@code ĳ} as {@code ij}, so it needs no char filter); the
 * plural or possessive {@code 's} dropped ({@code risico's}), plurals in {@code -ies} read as
 * their singular ({@code ruzies}), diminutives as the word they are made from ({@code hondje},
 * {@code buurtjes}: {@link DutchDiminutiveFilter}), and a verb's present tense in {@code -t} as
 * its infinitive ({@code levert}, {@code meldt}: {@link DutchPresentTenseFilter}), as is a past
 * participle ({@code gestigmatiseerd}, {@code uitgesloten}: {@link DutchPastParticipleFilter}). At
 * index time
 * compounds also yield their parts, at the same position ({@link DutchCompounds}), so that
 * {@code preventie} finds {@code buurtpreventie};
 * queries are not split here, but by the query parser into "the compound, or all its parts".
 * An English word in American spelling is read as the British one, as in English text, where the
 * Dutch list does not hold it ({@link AmericanSpellingFilter#inDutchText}).
 * A suspended compound is completed before the tokenizer sees it ({@code hang- en sluitwerk} as
 * {@code hangwerk en sluitwerk}: {@link SuspendedCompounds}).
 * Everything after folding depends on the word alone, so each word's terms are worked out once
 * and remembered ({@link WordReadings}).
 */
public final class DutchTextAnalyzer extends ReadingAnalyzer {
  private static final StemmerOverrideFilter.StemmerOverrideMap STEM_OVERRIDES = stemOverrides();
  private static final WordReadings WORDS = new WordReadings(word -> steps(word, false));
  private static final WordReadings WORDS_AND_PARTS = new WordReadings(word -> steps(word, true));

  private final boolean decompound;
  private final boolean indexing;

  /**
   * @param decompound whether compounds yield their parts (at index time)
   * @param indexing whether the analyzer indexes documents rather than parses queries (see
   *     {@link WordReadings#after})
   */
  public DutchTextAnalyzer(boolean decompound, boolean indexing) {
    this.decompound = decompound;
    this.indexing = indexing;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    SentenceEnds.Gaps words = sentenceEnds.gaps(new JoinedWordsFilter(source));
    TokenStream folded = new ASCIIFoldingFilter(new AsciiLowerCaseFilter(words));
    WordReadings readings = decompound ? WORDS_AND_PARTS : WORDS;
    return new TokenStreamComponents(words.reading(source), readings.after(folded, indexing));
  }

  /** What becomes of one folded word, compounds kept whole or followed by their parts. */
  static TokenStream steps(TokenStream word, boolean decompound) {
    TokenStream stream = new DutchApostropheFilter(new StopFilter(word, CrossLanguageStopWords.IN_DUTCH_TEXT));
    stream = AmericanSpellingFilter.inDutchText(stream);
    return EnglishFalseFriends.dutchStepsExceptFalseFriends(stream,
        in -> dutchSteps(in, decompound));
  }

  /** The Dutch steps proper, for a word that is no English false friend. */
  private static TokenStream dutchSteps(TokenStream word, boolean decompound) {
    TokenStream stream = word;
    if (decompound) {
      stream = DutchCompounds.decompound(stream);
    }
    stream = new DutchPastParticipleFilter(new DutchDiminutiveFilter(stream));
    stream = new DutchPresentTenseFilter(stream);
    stream = new StopFilter(stream, DutchStopWords.SET);
    stream = new DutchPluralFilter(stream);
    stream = new StemmerOverrideFilter(stream, STEM_OVERRIDES);
    return new DutchStemEndingFilter(new SnowballFilter(stream, new DutchStemmer()));
  }

  /** The text composed ({@link ComposedText}), then its suspended compounds completed. */
  @Override
  protected Reader initReader(String fieldName, Reader reader) {
    return SuspendedCompounds.reader(super.initReader(fieldName, reader));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new ASCIIFoldingFilter(new AsciiLowerCaseFilter(in));
  }

  /**
   * The stock DutchAnalyzer's corrections of Porter: {@code kind} and {@code kinderen} are one
   * term, and {@code fiets} is not cut to {@code fiet}; and words Porter joins with words of
   * another meaning, kept apart: {@code ouderen} (the elderly) is not {@code ouders} (parents),
   * {@code openbare} (public) not {@code open}, {@code ondermijning} (subversive crime) not
   * {@code ondermijnen} (to undermine); and {@code betrokkenheid} (involvement) kept with
   * {@code betrokken}, which Porter joined it with, now that the participle is read as
   * {@code betrekken} (to involve), stemmed {@code betrek}.
   */
  private static StemmerOverrideFilter.StemmerOverrideMap stemOverrides() {
    StemmerOverrideFilter.Builder builder = new StemmerOverrideFilter.Builder(false);
    builder.add("fiets", "fiets");
    builder.add("bromfiets", "bromfiets");
    builder.add("ei", "eier");
    builder.add("kind", "kinder");
    builder.add("ouderen", "oudere");
    builder.add("oudere", "oudere");
    builder.add("openbaar", "openbar");
    builder.add("openbare", "openbar");
    builder.add("ondermijning", "ondermijning");
    builder.add("ondermijningen", "ondermijning");
    builder.add("betrokkenheid", "betrek");
    try {
      return builder.build();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
