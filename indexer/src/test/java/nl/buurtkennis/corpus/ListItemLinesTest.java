package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A problem with one item of a list is reported at the item's line, not at the field's. */
class ListItemLinesTest {
  @TempDir
  Path temp;

  @Test
  void anItemOnALineOfItsOwnIsReportedThere() throws IOException {
    assertEquals(List.of("12: 'inbraak' in 'issues'"), lines(
        "issues:\n  - privacy\n  - representation\n  - inbraak\n"));
  }

  @Test
  void anItemOfAListOverTwoLinesIsReportedOnItsLine() throws IOException {
    assertEquals(List.of("10: 'problem-solvin' in 'benefits'"), lines(
        "benefits: [trust-residents,\n  problem-solvin]\n"));
  }

  @Test
  void anItemListedTwiceIsReportedAtTheSecond() throws IOException {
    assertEquals(List.of("11: 'privacy' is listed twice in 'issues'"), lines(
        "issues:\n  - privacy\n  - privacy\n"));
  }

  /** The line and start of each problem of a document with {@code extra} from line 9 on. */
  private List<String> lines(String extra) throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("lijst.md",
        TempCorpus.doc("lijst", extra, "Tekst.\n"));
    return CorpusLoader.load(corpus.dir()).problems().stream()
        .map(p -> p.line() + ": " + p.message().replaceAll("(in '[a-z_]+').*", "$1"))
        .toList();
  }
}
