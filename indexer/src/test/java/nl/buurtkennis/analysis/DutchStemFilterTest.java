package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.DutchStemmer;

class DutchStemFilterTest {
  @Test
  void cachedStemsEqualSnowballsStems() throws IOException {
    List<String> words = new ArrayList<>(List.of("bewoners", "bewoner", "kinderen", "fietsen",
        "gemeenten", "vertrouwen", "politie", "veiligheid", "coordinatie", "ruzie", "a", "ij",
        "x".repeat(80), "buurtpreventieteams"));
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        DutchStemFilterTest.class.getResourceAsStream("/nl/buurtkennis/analysis/words_nl.txt"),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null && words.size() < 30_000) {
        if (!line.isBlank() && line.indexOf(' ') < 0) {
          words.add(line.strip().toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    String text = String.join(" ", words);
    List<String> expected = Tokens.terms(new SnowballFilter(marked(text), new DutchStemmer()));
    for (int pass = 0; pass < 3; pass++) {
      assertEquals(expected, Tokens.terms(new DutchStemFilter(marked(text))));
    }
  }

  /** Some words marked as keywords, which neither filter may stem. */
  private static TokenStream marked(String text) {
    Tokenizer tokenizer = new WhitespaceTokenizer();
    tokenizer.setReader(new java.io.StringReader(text));
    return new SetKeywordMarkerFilter(tokenizer, new CharArraySet(List.of("fietsen",
        "kinderen"), false));
  }
}
