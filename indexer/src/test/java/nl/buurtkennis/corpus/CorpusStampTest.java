package nl.buurtkennis.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusStampTest {
  @TempDir
  Path temp;

  private Path corpus() {
    return TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst a.\n"))
        .document("sub/doc-b.md", TempCorpus.doc("doc-b", "", "Tekst b.\n"))
        .dir();
  }

  @Test
  void anUntouchedFolderKeepsItsStamp() throws Exception {
    Path corpus = corpus();
    assertEquals(CorpusStamp.of(corpus), CorpusStamp.of(corpus));
  }

  @Test
  void anEditWithTheSameSizeAndModificationTimeChangesTheStamp() throws Exception {
    Path corpus = corpus();
    Path file = corpus.resolve("documents/doc-a.md");
    FileTime modified = Files.getLastModifiedTime(file);
    String before = CorpusStamp.of(corpus);
    Thread.sleep(20);
    Files.writeString(file, Files.readString(file).replace("Tekst a.", "Tekst x."));
    Files.setLastModifiedTime(file, modified);
    assertNotEquals(before, CorpusStamp.of(corpus), "the change time still differs");
  }

  @Test
  void addingRemovingRenamingAndTouchingChangeTheStamp() throws Exception {
    Path corpus = corpus();
    String stamp = CorpusStamp.of(corpus);
    Files.writeString(corpus.resolve("documents/doc-c.md"), TempCorpus.doc("doc-c", "", "c\n"));
    stamp = assertChanged(corpus, stamp);
    Files.move(corpus.resolve("documents/doc-c.md"), corpus.resolve("documents/doc-d.md"));
    stamp = assertChanged(corpus, stamp);
    Files.delete(corpus.resolve("documents/doc-d.md"));
    stamp = assertChanged(corpus, stamp);
    Files.setLastModifiedTime(corpus.resolve("taxonomy.yml"), FileTime.fromMillis(0));
    assertChanged(corpus, stamp);
  }

  @Test
  void aMissingFolderHasAStampOfItsOwn() throws Exception {
    assertNotEquals(CorpusStamp.of(corpus()), CorpusStamp.of(temp.resolve("nothing")));
  }

  private static String assertChanged(Path corpus, String before) throws Exception {
    String after = CorpusStamp.of(corpus);
    assertNotEquals(before, after);
    return after;
  }
}
