package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.junit.jupiter.api.Test;

class AsciiLowerCaseFilterTest {
  @Test
  void lowersAsLucenesFilterDoes() throws IOException {
    List<String> texts = new ArrayList<>(List.of(
        "BuurtPreventie WHATSAPP-Groep Zoë ZOË ÉÉN İstanbul ΣΟΦΙΑ ǅ Ǆ ẞ",
        "𐐀𐐁 A𐐀B ĲSBAAN Ĳ @#[]`{} 0123 AZaz ÀZ", ""));
    texts.addAll(TempCorpus.shippedDocumentTexts());
    for (String text : texts) {
      assertEquals(terms(text, LowerCaseFilter::new), terms(text, AsciiLowerCaseFilter::new));
    }
  }

  private static List<String> terms(String text, UnaryOperator<TokenStream> lowering)
      throws IOException {
    Tokenizer source = new WhitespaceTokenizer();
    source.setReader(new StringReader(text));
    return Tokens.terms(lowering.apply(source));
  }
}
