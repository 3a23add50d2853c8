package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * Each chain reads words from its remembered readings; its tokens must be exactly those of its
 * steps run over the whole text, as the chains did before they remembered anything.
 */
class WordReadingsTest {
  private static final List<String> TEXTS = List.of(
      "De buurtpreventieteams van Coördinatie Oost en de WhatsApp-groep: risico's, ruzies, "
          + "de politie's app en zo'n fiets, kinderen, bromfietsen, eieren.",
      "Veiligheidsbeleving en veiligheidsbelevingsonderzoeksresultaten in de wijk van de "
          + "jeugdagent en overlast",
      "The police’s role in Zoë's neighbourhood watch; naïve residents' trust, 24/7 e-mail",
      "en de het een van", "", "x".repeat(70) + " " + "buurt".repeat(14) + " de",
      "overlastvan van de buurtpreventie de");

  @Test
  void dutchTokensAreThoseOfTheStepsOverTheWholeText() throws IOException {
    for (boolean decompound : List.of(true, false)) {
      for (boolean indexing : List.of(true, false)) {
        // the text as the Dutch analysis reads it, its suspended compounds completed
        assertSameTokens(new DutchTextAnalyzer(decompound, indexing),
            stepsOverTheText(word -> DutchTextAnalyzer.steps(word, decompound),
                SuspendedCompounds::reader));
      }
    }
  }

  @Test
  void englishTokensAreThoseOfTheStepsOverTheWholeText() throws IOException {
    for (boolean indexing : List.of(true, false)) {
      assertSameTokens(new EnglishTextAnalyzer(indexing),
          stepsOverTheText(EnglishTextAnalyzer::steps, reader -> reader));
    }
  }

  @Test
  void stepsThatMakeSeveralWordsOfOneAreRefused() throws IOException {
    WordReadings readings = new WordReadings(word -> new WordDelimiterGraphFilter(word,
        WordDelimiterGraphFilter.GENERATE_WORD_PARTS, null));
    Tokenizer source = new WhitespaceTokenizer();
    source.setReader(new java.io.StringReader("wijk-agent"));
    try (TokenStream stream = readings.after(source, false)) {
      stream.reset();
      assertThrows(IllegalStateException.class, stream::incrementToken);
    }
  }

  private static void assertSameTokens(Analyzer remembering, Analyzer reference)
      throws IOException {
    List<String> texts = new ArrayList<>(TEXTS);
    texts.add(moreWordsThanAChainKeeps());
    texts.addAll(TempCorpus.shippedDocumentTexts());
    try (remembering; reference) {
      for (int pass = 0; pass < 2; pass++) {
        for (String text : texts) {
          assertEquals(tokens(reference.tokenStream("f", text)),
              tokens(remembering.tokenStream("f", text)));
        }
      }
    }
  }

  /** Each word twice, the second time after the chain has had to forget it. */
  private static String moreWordsThanAChainKeeps() {
    StringBuilder text = new StringBuilder();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < ReadingFilter.OWN_WORDS * 3 / 2; i++) {
        text.append(i % 2 == 0 ? "buurtwoord" : "de").append(i).append(" veiligheid").append(i)
            .append("s ");
      }
    }
    return text.toString();
  }

  private static Analyzer stepsOverTheText(UnaryOperator<TokenStream> steps,
      UnaryOperator<Reader> text) {
    SentenceEnds sentenceEnds = new SentenceEnds();
    return new Analyzer() {
      @Override
      protected Reader initReader(String fieldName, Reader reader) {
        return text.apply(sentenceEnds.recording(reader));
      }

      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        SentenceEnds.Gaps words = sentenceEnds.gaps(new JoinedWordsFilter(source));
        return new TokenStreamComponents(words.reading(source),
            steps.apply(new ASCIIFoldingFilter(new LowerCaseFilter(words))));
      }
    };
  }

  /** Every token with its position increment, offsets and type, and the stream's end. */
  private static List<String> tokens(TokenStream stream) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment =
          stream.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term + " +" + increment.getPositionIncrement() + " " + offset.startOffset()
            + "-" + offset.endOffset() + " " + type.type());
      }
      stream.end();
      tokens.add("end +" + increment.getPositionIncrement() + " " + offset.endOffset());
    }
    return tokens;
  }
}
