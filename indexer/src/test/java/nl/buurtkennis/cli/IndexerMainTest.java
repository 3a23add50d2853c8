package nl.buurtkennis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import nl.buurtkennis.index.IndexCommitInfo;
import nl.buurtkennis.testing.TempCorpus;
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
    TempCorpus corpus = TempCorpus.create(temp).document("a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    assertEquals(0, main.run(List.of("validate", "--corpus", corpus.dir().toString())));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("ok: 1 documents"));
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
    TempCorpus corpus = TempCorpus.create(temp).document("a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    IndexCommitInfo info = IndexCommitInfo.read(index).orElseThrow();
    assertEquals(1, info.documents());
    assertTrue(info.taxonomyYaml().contains("citizen-surveillance"));
  }

  @Test
  void buildOfABrokenCorpusLeavesTheExistingIndexUntouched() throws IOException {
    TempCorpus corpus = TempCorpus.create(temp).document("a.md", TempCorpus.doc("doc-a", "", "Tekst.\n"));
    Path index = temp.resolve("index");
    assertEquals(0, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));
    Map<String, Long> before = snapshot(index);

    corpus.document("b.md", "---\nid: b\n---\n");
    assertEquals(1, main.run(List.of("build", "--corpus", corpus.dir().toString(),
        "--index", index.toString())));

    assertEquals(before, snapshot(index));
    assertTrue(err.toString(StandardCharsets.UTF_8).contains("build refused"));
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
