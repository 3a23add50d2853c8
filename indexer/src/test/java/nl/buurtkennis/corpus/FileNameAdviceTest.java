package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file name's problem says the name to give: the document's id with {@code .md}, and for a
 * Markdown file under another extension, that the corpus needs {@code .md}.
 */
class FileNameAdviceTest {
  @TempDir
  Path temp;

  @Test
  void aNameThatIsNotAllowedIsToldToBecomeTheIdNotAFixedUpOldName() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("X2.MD", TempCorpus.doc("buurtschouw-kampen", "", "Tekst.\n"));

    assertEquals(List.of("X2.MD:1: the file name 'X2.MD' may only use lower-case letters a-z,"
        + " digits and '-', ending in .md, and is the document's id followed by .md; rename it to"
        + " 'buurtschouw-kampen.md'"), problems(corpus));
  }

  @Test
  void aMarkdownFileWithAnotherExtensionIsToldTheExtensionTheCorpusNeeds() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("ok.md", TempCorpus.doc("ok", "", "Tekst.\n"))
        .document("x1.markdown", TempCorpus.doc("x1", "", "Tekst.\n"))
        .document("notes.txt", "Notities.\n");

    assertEquals(List.of(
        "notes.txt:1: not a Markdown document: only .md files belong in documents/",
        "x1.markdown:1: a document in the corpus ends in .md, not .markdown, or it is not read;"
            + " rename it to its id followed by .md (the console takes a .markdown upload and"
            + " saves it that way)"), problems(corpus));
  }

  private static List<String> problems(TempCorpus corpus) throws IOException {
    Path documents = corpus.dir().resolve("documents");
    return CorpusLoader.load(corpus.dir()).problems().stream()
        .map(p -> documents.relativize(p.path()) + ":" + p.line() + ": " + p.message())
        .sorted().toList();
  }
}
