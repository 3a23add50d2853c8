package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What programs leave beside a document (an Office lock file, a merge's copies, a temporary file)
 * is skipped with a warning to delete it, in both languages; any other file that is no Markdown
 * document still fails the corpus.
 */
class LeftoverFilesTest {
  @TempDir
  Path temp;

  @Test
  void lockMergeAndTemporaryFilesAreLeftoversNamedForWhatLeftThem() {
    assertEquals("~$rapport.docx is a lock file Word makes while a file is open, not a document:"
        + " it is skipped; delete it (it does not belong in documents/)", english("~$rapport.docx"));
    assertEquals("x.md.orig is a copy a merge or patch tool left behind, not a document: it is"
        + " skipped; delete it (it does not belong in documents/)", english("x.md.orig"));
    assertTrue(english("x.md.rej").startsWith("x.md.rej is a copy a merge or patch tool"));
    assertTrue(english("X.TMP").startsWith("X.TMP is a temporary file a program left behind"));
    assertEquals("~$rapport.docx is een vergrendelbestand dat Word maakt zolang een bestand open"
        + " is, geen document: het wordt overgeslagen; verwijder het (het hoort niet in"
        + " documents/)", LeftoverFiles.warning("~$rapport.docx").orElseThrow()
            .in(Locale.forLanguageTag("nl")));
    for (String notLeftover : List.of("notes.txt", "rapport.docx", "x.markdown", "x.md",
        "tmp", "orig.txt", "x$.docx", ".~lock.rapport.odt#")) {
      assertTrue(LeftoverFiles.warning(notLeftover).isEmpty(), notLeftover);
    }
  }

  @Test
  void theCorpusIsReadWithLeftoversBesideItsDocumentsButNotWithOtherFiles() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("ok.md", TempCorpus.doc("ok", "", "Tekst.\n"))
        .document("~$rapport.docx", "lock")
        .document("ok.md.orig", "oud")
        .document("ok.md.rej", "oud")
        .document("kladje.tmp", "tijdelijk")
        .document(".~lock.rapport.odt#", "lock");
    CorpusLoader.Result read = CorpusLoader.load(corpus.dir());
    assertEquals(List.of(), read.problems());
    assertEquals(4, read.warnings().size(), read.warnings().toString());
    assertEquals(List.of("documents/kladje.tmp", "documents/ok.md.orig", "documents/ok.md.rej",
        "documents/~$rapport.docx"), LeftoverFiles.under(corpus.dir()));

    corpus.document("rapport.docx", "een echt bestand");
    assertEquals(1, CorpusLoader.load(corpus.dir()).problems().size(),
        "a file of another kind still fails the corpus");
  }

  private static String english(String name) {
    return LeftoverFiles.warning(name).orElseThrow().english();
  }
}
