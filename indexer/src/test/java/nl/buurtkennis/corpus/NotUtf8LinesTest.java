package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import nl.buurtkennis.validation.Problem;
import nl.buurtkennis.validation.ProblemMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that is not UTF-8 is reported at the line of its first bad byte, and, when more lines
 * hold such bytes, with how many: one message, the same that the console gives on an upload.
 */
class NotUtf8LinesTest {
  @TempDir
  Path temp;

  @Test
  void badBytesOnSeveralLinesAreCountedInTheMessage() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).bytes("latin.md", TempCorpus.doc("latin", "",
            "Caf\u00e9.\n").replace("title: Titel van latin", "title: Caf\u00e9 in de wijk")
        .getBytes(StandardCharsets.ISO_8859_1));

    List<Problem> problems = CorpusLoader.load(corpus.dir()).problems();

    assertEquals(List.of("3: the file is not valid UTF-8 (byte 0xE9; such bytes are on 2 lines"
        + " of the file); save it as UTF-8 (in most editors: Save as, encoding UTF-8)"),
        problems.stream().map(p -> p.line() + ": " + p.message()).toList());
    assertEquals("het bestand is geen geldige UTF-8 (byte 0xE9; zulke bytes staan op 2 regels"
        + " van het bestand); sla het op als UTF-8 (in de meeste editors: Opslaan als, codering"
        + " UTF-8)", problems.get(0).message(ProblemMessage.DUTCH));
  }

  @Test
  void badBytesOnOneLineNeedNoCount() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).bytes("latin.md", TempCorpus.doc("latin", "",
        "Caf\u00e9 en caf\u00e9.\n").getBytes(StandardCharsets.ISO_8859_1));

    assertEquals(List.of("10: the file is not valid UTF-8 (byte 0xE9); save it as UTF-8 (in most"
        + " editors: Save as, encoding UTF-8)"), CorpusLoader.load(corpus.dir()).problems()
        .stream().map(p -> p.line() + ": " + p.message()).toList());
  }
}
