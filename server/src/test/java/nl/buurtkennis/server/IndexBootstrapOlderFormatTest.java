package nl.buurtkennis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.buurtkennis.index.IndexCommitInfo;
import nl.buurtkennis.testing.OlderIndex;
import nl.buurtkennis.testing.TempCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An index written by an older version in a form this one cannot read (its records in another
 * format, under the same codec name) is set aside as the older version's, not as damaged, and
 * rebuilt from the corpus.
 */
class IndexBootstrapOlderFormatTest {
  @TempDir
  Path temp;

  @Test
  void anIndexOfAnOlderUnreadableFormatIsSetAsideAndRebuilt() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp);
    corpus.document("doc-a.md", TempCorpus.doc("doc-a", "", "Tekst over doc-a.\n"));
    Path index = temp.resolve("index");
    OlderIndex.write(index);

    IndexBootstrap.ensureIndex(corpus.dir(), index);

    assertEquals(List.of(), folders("index.corrupt-"));
    List<Path> aside = folders("index.schema-" + OlderIndex.SCHEMA + "-");
    assertEquals(1, aside.size(), "the older index is kept next to the new one");
    assertTrue(aside.get(0).getFileName().toString().matches("index\\.schema-16-\\d{8}T\\d{6}Z"));
    Optional<IndexCommitInfo> rebuilt = IndexCommitInfo.read(index);
    assertTrue(rebuilt.orElseThrow().hasCurrentSchema());
    assertEquals(1, rebuilt.get().documents());
  }

  private List<Path> folders(String prefix) throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return files.filter(p -> p.getFileName().toString().startsWith(prefix)).toList();
    }
  }
}
