package nl.buurtkennis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import nl.buurtkennis.analysis.LanguageCheckTest;
import nl.buurtkennis.index.IndexCommitInfo;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexerMainTest {
  @TempDir
  Path temp;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final IndexerMain main = new IndexerMain(
      new PrintStream(out, true, StandardCharsets.UTF_8),
      new PrintStream(err, true, StandardCharsets.UTF_8));

  @Test
  void validateExitsZeroOnACleanCorpus() {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    assertEquals(0, main.run(List.of("validate", "--corpus", corpus.dir().toString())));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("ok: 1 documents"));
  }

  @Test
  void validateWarnsOfATextInTheOtherLanguageWithoutFailing() {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", LanguageCheckTest.ENGLISH))
        .document("doc-b.md", TempCorpus.doc("doc-b", "", LanguageCheckTest.DUTCH));
    assertEquals(0, main.run(List.of("validate", "--corpus", corpus.dir().toString())));
    String printed = out.toString(StandardCharsets.UTF_8);
    Path docs = corpus.dir().resolve("documents");
    assertTrue(printed.contains(docs.resolve("doc-a.md") + ":5: warning: the text reads as"
        + " English, but 'language' is 'nl'"), printed);
    assertTrue(!printed.contains("doc-b.md"), printed);
    assertTrue(printed.contains("ok: 2 documents in " + corpus.dir() + " are valid (1 warning(s)"),
        printed);
  }

  @Test
  void validateListsEveryBrokenFileAsPathLineAndExitsOne() {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("good.md", TempCorpus.doc("good", "", "Tekst.\n"))
        .document("bad1.md", TempCorpus.doc("bad1", "forms: [x]\n", "Tekst.\n"))
        .document("bad2.md", "---\nid: bad2\n---\nTekst.\n");
    assertEquals(1, main.run(List.of("validate", "--corpus", corpus.dir().toString())));
    String printed = out.toString(StandardCharsets.UTF_8);
    Path docs = corpus.dir().resolve("documents");
    assertTrue(printed.contains(docs.resolve("bad1.md") + ":9: field 'forms' is given twice"),
        printed);
    assertTrue(printed.contains(docs.resolve("bad2.md") + ":2: required field 'title' is missing"),
        printed);
    assertTrue(!printed.contains("good.md"), printed);
    assertTrue(!printed.contains("Exception"), printed);
  }

  @Test
  void buildWritesAnIndexStampedWithTheCorpusFingerprint() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    IndexCommitInfo info = IndexCommitInfo.read(index).orElseThrow();
    assertEquals(1, info.documents());
    assertTrue(info.taxonomyYaml().contains("citizen-surveillance"));
  }

  @Test
  void buildOfABrokenCorpusLeavesTheExistingIndexUntouched() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    Map<String, Long> before = snapshot(index);

    corpus.document("doc-b.md", "---\nid: b\n---\n");
    assertEquals(1, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));

    assertEquals(before, snapshot(index));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("build refused"));
  }

  @Test
  void aCorpusWithoutDocumentsIsRefusedAndTheIndexKeepsItsDocuments() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    Map<String, Long> before = snapshot(index);
    Files.delete(corpus.dir().resolve("documents/doc-a.md"));
    out.reset();

    for (String command : List.of("validate", "update", "build")) {
      List<String> args = command.equals("validate")
          ? List.of(command, "--corpus", corpus.dir().toString())
          : List.of(command, "--corpus", corpus.dir().toString(), "--index", index.toString());
      assertEquals(1, main.run(args), command);
    }

    assertEquals(before, snapshot(index));
    assertEquals(1, IndexCommitInfo.read(index).orElseThrow().documents());
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("documents:1: the folder documents/ holds no documents (.md files);"
        + " is this the right corpus folder? An index built from it would be empty"), printed);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("update refused"));
  }

  @Test
  void updateWritesOnlyWhatChangedAndEndsWithTheSummary() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp)
        .document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"))
        .document("doc-b.md", TempCorpus.doc("doc-b", "", "Tekst.\n"))
        .document("doc-c.md", TempCorpus.doc("doc-c", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    assertTrue(out.toString(StandardCharsets.UTF_8).contains(
        "build: 3 added, 0 changed, 0 removed, 0 skipped (unchanged), 0 errors in "));

    corpus.document("doc-b.md", TempCorpus.doc("doc-b", "", "Andere tekst.\n"))
        .document("doc-d.md", TempCorpus.doc("doc-d", "", "Tekst.\n"));
    Files.delete(corpus.dir().resolve("documents/doc-c.md"));
    out.reset();
    assertEquals(0, main.run(List.of("update", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));

    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.startsWith(
        "update: 1 added, 1 changed, 1 removed, 1 skipped (unchanged), 0 errors in "), printed);
    assertTrue(printed.contains("; 3 documents in the index"), printed);
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("writing: 3 documents"),
        "progress lines when the output is not a terminal: " + err);
    assertEquals(3, IndexCommitInfo.read(index).orElseThrow().documents());
  }

  @Test
  void updateOfAnUnchangedCorpusWritesNothing() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    Map<String, Long> before = snapshot(index);
    out.reset();

    assertEquals(0, main.run(List.of("update", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));

    assertTrue(out.toString(StandardCharsets.UTF_8).contains(
        "0 added, 0 changed, 0 removed, 1 skipped (unchanged), 0 errors"), out.toString());
    assertTrue(out.toString(StandardCharsets.UTF_8).contains("nothing written"));
    assertEquals(before, snapshot(index));
  }

  @Test
  void updateOfABrokenCorpusLeavesTheIndexByteForByte() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    Map<String, Long> before = snapshot(index);

    corpus.document("doc-a.md", TempCorpus.doc("doc-a", "", "Gewijzigd.\n"))
        .document("doc-b.md", "---\nid: b\n---\n")
        .document("doc-c.md", TempCorpus.doc("doc-c", "parent: nowhere\n", "Tekst.\n"));
    out.reset();
    assertEquals(1, main.run(List.of("update", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));

    assertEquals(before, snapshot(index));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("update refused"));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("parent 'nowhere' is not the id of any document"), printed);
    assertTrue(printed.contains("refused (the corpus has problems): 0 added, 0 changed, 0 removed,"
        + " 0 skipped (unchanged), "), printed);
  }

  @Test
  void aSecondWriterIsRefusedWithAClearMessageAndNoStackTrace() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    corpus.document("doc-b.md", TempCorpus.doc("doc-b", "", "Tekst.\n"));
    Map<String, Long> before = snapshot(index);

    try (Directory directory = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(directory, new IndexWriterConfig())) {
      for (String command : List.of("update", "build")) {
        err.reset();
        assertEquals(3, main.run(List.of(command, "--corpus", corpus.dir().toString(),
            "--index", index.toString())), command);
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.contains("error: another build or update is writing to " + index),
            message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), message);
      }
      other.rollback();
    }
    assertEquals(before, snapshot(index));
  }

  @Test
  void helpPrintsTheUsageWithItsOptionsExplainedAndExitsZero() {
    for (List<String> args : List.of(List.of("--help"), List.of("-h"), List.of("help"),
        List.of("build", "--help"), List.of("validate", "--corpus", "x", "-h"))) {
      out.reset();
      err.reset();
      assertEquals(0, main.run(args), args.toString());
      String usage = out.toString(StandardCharsets.UTF_8);
      assertTrue(usage.contains("Usage:"), usage);
      assertTrue(usage.contains("--index DIR     the index folder"), usage);
      assertTrue(usage.contains("--check true    vocabulary only"), usage);
      assertTrue(usage.contains("update       validates, then writes only"), usage);
      assertEquals("", err.toString(StandardCharsets.UTF_8), "help is no error");
    }
  }

  @Test
  void unknownCommandsAndOptionsAreUsageErrors() {
    assertEquals(2, main.run(List.of("frobnicate")));
    assertEquals(2, main.run(List.of("validate", "--corpse", "x")));
    assertEquals(2, main.run(List.of()));
  }

  private static Map<String, Long> snapshot(Path dir) throws IOException {
    Map<String, Long> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : (Iterable<Path>) list::iterator) {
        files.put(file.getFileName().toString(), Files.size(file) * 31 + Files.readAllBytes(file)
            .length + java.util.Arrays.hashCode(Files.readAllBytes(file)));
      }
    }
    return files;
  }
}
