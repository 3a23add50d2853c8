package nl.buurtkennis.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.junit.jupiter.api.Test;

class CompoundDataTest {

  /** The byte-level reading of the Dutch list against the plain one: line, trim, fold. */
  @Test
  void theDutchListHoldsEveryLineFoldedAndNothingElse() throws IOException {
    Set<String> expected = new HashSet<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        CompoundData.class.getResourceAsStream("/nl/buurtkennis/analysis/words_nl.txt"),
        StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String word = line.trim();
        if (!word.isEmpty() && word.length() <= DutchCompounds.MAX_WORD) {
          char[] out = new char[4 * word.length()];
          int n = ASCIIFoldingFilter.foldToASCII(word.toCharArray(), 0, out, 0, word.length());
          expected.add(new String(out, 0, n));
        }
      }
    }

    CharArraySet loaded = CompoundData.loadDutch();

    assertEquals(expected.size(), loaded.size());
    for (String word : expected) {
      assertTrue(loaded.contains(word), word);
    }
    assertTrue(loaded.contains("coordinatie"), "a word with a diaeresis is held folded");
    assertTrue(loaded.contains("buurtpreventie"));
  }
}
