package nl.buurtkennis.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import nl.buurtkennis.cli.IndexerCommand;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A truncated or bit-flipped index file is refused at start: the damaged index is moved aside
 * (kept, not deleted) and a whole index is rebuilt from the corpus, so nothing damaged is served.
 */
class IndexBootstrapCorruptionTest {
  private static final Set<String> IDS = Set.of("doc-a", "doc-b", "doc-c");

  @TempDir
  Path temp;

  @ParameterizedTest
  @ValueSource(strings = {"segments_", ".si", ".cfs", ".cfe"})
  void aFlippedByteIsRefusedAndRebuilt(String suffix) throws Exception {
    Path index = builtIndex();
    Path file = fileEndingIn(index, suffix);
    flipByte(file, Files.size(file) / 2);
    assertRefusedAndRebuilt(index);
  }

  @ParameterizedTest
  @ValueSource(strings = {"segments_", ".si", ".cfs", ".cfe"})
  void aTruncatedFileIsRefusedAndRebuilt(String suffix) throws Exception {
    Path index = builtIndex();
    Path file = fileEndingIn(index, suffix);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(Files.size(file) - 5);
    }
    assertRefusedAndRebuilt(index);
  }

  @ParameterizedTest
  @ValueSource(strings = {".cfs"})
  void aMissingFileIsRefusedAndRebuilt(String suffix) throws Exception {
    Path index = builtIndex();
    Files.delete(fileEndingIn(index, suffix));
    assertRefusedAndRebuilt(index);
  }

  @org.junit.jupiter.api.Test
  void aFileChangedAfterItWasFoundWholeIsReadAgainAndRefused() throws Exception {
    Path index = builtIndex();
    IndexBootstrap.ensureIndex(corpus(), index);
    assertTrue(Files.exists(index.resolve(IndexIntegrity.VERIFIED_FILE)), "whole files recorded");
    Path compound = fileEndingIn(index, ".cfs");
    flipByte(compound, Files.size(compound) / 2);
    assertRefusedAndRebuilt(index);
  }

  @org.junit.jupiter.api.Test
  void aWholeIndexIsKeptAsItIs() throws Exception {
    Path index = builtIndex();
    long before = Files.getLastModifiedTime(fileEndingIn(index, "segments_")).toMillis();
    IndexBootstrap.ensureIndex(corpus(), index);
    assertEquals(List.of(), corruptFolders());
    assertEquals(before, Files.getLastModifiedTime(fileEndingIn(index, "segments_")).toMillis());
  }

  @org.junit.jupiter.api.Test
  void aDamagedIndexWithABrokenCorpusIsNotServed() throws Exception {
    Path index = builtIndex();
    flipByte(fileEndingIn(index, ".cfs"), 100);
    Files.writeString(corpus().resolve("documents/broken.md"), "geen front matter\n");
    IndexBootstrap.NoIndexException refused = org.junit.jupiter.api.Assertions.assertThrows(
        IndexBootstrap.NoIndexException.class, () -> IndexBootstrap.ensureIndex(corpus(), index));
    assertTrue(refused.getMessage().contains("the unreadable one was moved to"), refused.getMessage());
    assertTrue(refused.getMessage().endsWith("(run: " + IndexerCommand.current()
        + " validate --corpus " + corpus() + ")"), "the corpus and command as run: "
        + refused.getMessage());
    assertEquals(1, corruptFolders().size());
  }

  private void assertRefusedAndRebuilt(Path index) throws Exception {
    IndexBootstrap.ensureIndex(corpus(), index);
    List<Path> aside = corruptFolders();
    assertEquals(1, aside.size(), "the damaged index is kept next to the live one");
    assertTrue(aside.get(0).getFileName().toString().matches("index\\.corrupt-\\d{8}T\\d{6}Z"));
    try (Directory directory = FSDirectory.open(index)) {
      CheckIndex.Status status;
      try (CheckIndex check = new CheckIndex(directory)) {
        status = check.checkIndex();
      }
      assertTrue(status.clean, "the rebuilt index passes CheckIndex");
      assertEquals(IDS, ids(directory));
    }
  }

  private Path builtIndex() throws Exception {
    TempCorpus corpus = TempCorpus.create(temp);
    for (String id : IDS) {
      corpus.document(id + ".md", TempCorpus.doc(id, "", "Tekst over " + id + ".\n"));
    }
    Path index = temp.resolve("index");
    IndexBootstrap.ensureIndex(corpus.dir(), index);
    return index;
  }

  private Path corpus() {
    return temp.resolve("corpus");
  }

  private List<Path> corruptFolders() throws IOException {
    try (Stream<Path> files = Files.list(temp)) {
      return files.filter(p -> p.getFileName().toString().startsWith("index.corrupt-")).toList();
    }
  }

  private static Path fileEndingIn(Path index, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(index)) {
      return files.filter(p -> {
        String name = p.getFileName().toString();
        return suffix.endsWith("_") ? name.startsWith(suffix) : name.endsWith(suffix);
      }).findFirst().orElseThrow(() -> new AssertionError("no " + suffix + " file in " + index));
    }
  }

  private static void flipByte(Path file, long position) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    bytes[(int) position] ^= 0x01;
    Files.write(file, bytes);
  }

  private static Set<String> ids(Directory directory) throws IOException {
    Set<String> ids = new HashSet<>();
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        ids.add(stored.document(doc).get(IndexSchema.ID));
      }
    }
    return ids;
  }
}
