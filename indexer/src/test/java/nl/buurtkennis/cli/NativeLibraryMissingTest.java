package nl.buurtkennis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import nl.buurtkennis.index.IndexCommitInfo;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When Zstandard's native library cannot be unpacked (here into a folder that does not exist), a
 * build says so and what to do, in one line without a stack trace, and writes no commit. It runs
 * in a JVM of its own: the library loads once per JVM.
 */
class NativeLibraryMissingTest {
  @TempDir
  Path temp;

  @Test
  void aBuildWithoutZstandardSaysWhatToDoAndWritesNothing() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp.resolve("c"));
    corpus.document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst over doc-a.\n"));
    Path index = temp.resolve("index");
    Process build = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-DZstdTempFolder=" + temp.resolve("no-such-folder"),
        "-cp", System.getProperty("java.class.path"), IndexerMain.class.getName(),
        "build", "--corpus", corpus.dir().toString(), "--index", index.toString())
        .redirectErrorStream(true).start();
    String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(1, build.waitFor(), output);
    List<String> errors = output.lines().filter(line -> line.startsWith("error: ")).toList();
    assertEquals(1, errors.size(), output);
    assertTrue(errors.get(0).contains("could not load its native library"), output);
    assertTrue(errors.get(0).contains("-DZstdTempFolder="), output);
    assertTrue(errors.get(0).endsWith("The index there was left as it was."), output);
    assertFalse(output.contains("\tat "), "no stack trace: " + output);
    assertTrue(IndexCommitInfo.read(index).isEmpty(), "no commit was written");
  }
}
