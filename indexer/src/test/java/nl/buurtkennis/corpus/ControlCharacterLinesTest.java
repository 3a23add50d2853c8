package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every line of a file that holds a refused control character or U+FFFD is reported in one run,
 * as the guide promises of every problem, not only the first such line.
 */
class ControlCharacterLinesTest {
  @TempDir
  Path temp;

  @Test
  void everyLineWithAControlCharacterIsReportedOnceWithItsFirstCharacter() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("bel.md",
        TempCorpus.doc("bel", "", "Tekst.\nBel \u0007 hier \u0001.\nNul \u0000 daar.\n"));

    assertEquals(List.of(
        "11: an invisible control character (U+0007) is in this line, often pasted from another"
            + " program; delete it",
        "12: an invisible control character (U+0000) is in this line, often pasted from another"
            + " program; delete it"),
        lines(corpus));
  }

  @Test
  void everyLineWithAReplacementCharacterIsReported() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("fffd.md",
        TempCorpus.doc("fffd", "", "Tekst.\nCaf\uFFFD.\nNog een caf\uFFFD.\n"));

    assertEquals(List.of(11, 12), CorpusLoader.load(corpus.dir()).problems().stream()
        .map(p -> p.line()).toList());
  }

  private static List<String> lines(TempCorpus corpus) throws IOException {
    return CorpusLoader.load(corpus.dir()).problems().stream()
        .map(p -> p.line() + ": " + p.message()).toList();
  }
}
