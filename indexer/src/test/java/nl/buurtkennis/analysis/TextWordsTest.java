package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.junit.jupiter.api.Test;

class TextWordsTest {
  private static final String MIXED = "De Buurtpreventie-teams van Coördinatie Oost en de "
      + "WhatsApp-groep: risico's, ruzies en de politie's app. The police’s role in Zoë's "
      + "neighbourhood watch; naïve residents' trust, 24/7 e-mail ĳsbaan ÉÉN";

  @Test
  void wordsOfABodyAreThoseOfThePlainAnalysisEachOnce() throws IOException {
    String longText = (MIXED + " ").repeat(200);
    try (LanguageAnalyzer analyzer = LanguageAnalyzer.forIndexing();
        Analyzer plain = new PlainTextAnalyzer()) {
      for (String field : List.of("body_nl", "body_en")) {
        for (String text : List.of(MIXED, longText, "", "de het een")) {
          Tokens.terms(analyzer.tokenStream(field, text));
          List<String> plainWords = Tokens.terms(plain.tokenStream("spell", text));
          assertEquals(List.copyOf(new LinkedHashSet<>(plainWords)),
              Tokens.terms(analyzer.wordsOf(field)), field);
        }
      }
    }
  }

  /** A text with more words than a chain keeps may give a word twice, but gives every word. */
  @Test
  void aTextWithMoreWordsThanAChainKeepsGivesEveryWord() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < ReadingFilter.OWN_WORDS * 2; i++) {
      text.append("woord").append(i % (ReadingFilter.OWN_WORDS + 100)).append(' ');
    }
    try (LanguageAnalyzer analyzer = LanguageAnalyzer.forIndexing();
        Analyzer plain = new PlainTextAnalyzer()) {
      Tokens.terms(analyzer.tokenStream("body_nl", text.toString()));
      assertEquals(new HashSet<>(Tokens.terms(plain.tokenStream("spell", text.toString()))),
          new HashSet<>(Tokens.terms(analyzer.wordsOf("body_nl"))));
    }
  }

  @Test
  void anIndexWithoutCompoundPartsKeepsWordsToo() throws IOException {
    try (LanguageAnalyzer analyzer = LanguageAnalyzer.forIndexingWithoutCompoundParts()) {
      assertEquals(1, Tokens.terms(analyzer.tokenStream("body_nl", "buurtpreventie")).size(),
          "no compound parts");
      assertEquals(List.of("buurtpreventie"), Tokens.terms(analyzer.wordsOf("body_nl")));
    }
  }

  @Test
  void queryChainsKeepNoWords() throws IOException {
    try (LanguageAnalyzer analyzer = LanguageAnalyzer.forQueries()) {
      Tokens.terms(analyzer.tokenStream("body_nl", "een tekst"));
      assertThrows(IllegalStateException.class, () -> analyzer.wordsOf("body_nl"));
    }
  }

  @Test
  void theNextTextReplacesTheWords() throws IOException {
    try (LanguageAnalyzer analyzer = LanguageAnalyzer.forIndexing()) {
      Tokens.terms(analyzer.tokenStream("body_nl", "eerste tekst over buurtpreventie"));
      Tokens.terms(analyzer.tokenStream("body_nl", "tweede tekst"));
      assertEquals(List.of("tweede", "tekst"), Tokens.terms(analyzer.wordsOf("body_nl")));
    }
  }

  @Test
  void wordsAreNotReadBeforeTheText() throws IOException {
    try (LanguageAnalyzer analyzer = LanguageAnalyzer.forIndexing()) {
      TokenStream body = analyzer.tokenStream("body_nl", "een tekst");
      TokenStream words = analyzer.wordsOf("body_nl");
      assertThrows(IllegalStateException.class, words::reset);
      body.close();
      assertThrows(IllegalArgumentException.class, () -> analyzer.wordsOf("spell"));
    }
  }

  /**
   * The English chain folds before its possessive and stop filters since a body's words are taken
   * after folding; the terms of the shipped English documents are those of the order before.
   */
  @Test
  void englishTermsAreThoseOfTheChainBefore() throws IOException {
    Analyzer before = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(new JoinedWordsFilter(source));
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, EnglishStopWords.SET);
        stream = new ASCIIFoldingFilter(stream);
        stream = new AmericanSpellingFilter(stream);
        // and the Dutch stop words that are no English words
        stream = new StopFilter(stream, CrossLanguageStopWords.IN_ENGLISH_TEXT);
        // with the words that Porter would join to words of another meaning kept apart
        stream = new StemmerOverrideFilter(stream, EnglishTextAnalyzer.STEM_OVERRIDES);
        return new TokenStreamComponents(source, new PorterStemFilter(stream));
      }
    };
    List<String> texts = new ArrayList<>(List.of(MIXED));
    texts.addAll(TempCorpus.shippedDocumentTexts());
    try (EnglishTextAnalyzer english = new EnglishTextAnalyzer(true)) {
      for (String text : texts) {
        assertEquals(Tokens.terms(before.tokenStream("f", text)),
            Tokens.terms(english.tokenStream("f", text)));
      }
    }
    before.close();
  }
}
