package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line break in a one-line field written by hand (a quoted {@code \n}, a {@code |} block) is
 * read as a space, as the console saves it, so that a citation in plain text or a CSV cell does
 * not break where the page, RIS and BibTeX show a space.
 */
class OneLineFieldsTest {
  @TempDir
  Path temp;

  @Test
  void lineBreaksInTitleSummaryAndSourceAreReadAsOneSpace() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("nl.md", TempCorpus.doc("nl",
        "source: |\n  Rapport van de gemeente,\n  2014\n", "Tekst.\n")
        .replace("title: Titel van nl", "title: \"Regel een\\nregel twee\"")
        .replace("summary: Een korte samenvatting.", "summary: \"Een korte  \\r\\n  samenvatting.\""));

    CorpusDocument document = CorpusLoader.load(corpus.dir()).corpus().orElseThrow()
        .documents().get(0);

    assertEquals("Regel een regel twee", document.title());
    assertEquals("Een korte samenvatting.", document.summary());
    assertEquals("Rapport van de gemeente, 2014", document.source());
  }

  @Test
  void aSummaryOfTwoParagraphsIsStillRefused() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("nl.md", TempCorpus.doc("nl", "",
        "Tekst.\n").replace("summary: Een korte samenvatting.",
        "summary: \"Alinea een.\\n\\nAlinea twee.\""));

    assertEquals("document.summary.paragraphs",
        CorpusLoader.load(corpus.dir()).problems().get(0).description().key());
  }
}
