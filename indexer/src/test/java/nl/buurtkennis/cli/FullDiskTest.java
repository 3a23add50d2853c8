package nl.buurtkennis.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.index.IndexBuilder;
import nl.buurtkennis.index.IndexSchema;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that fills up during a build: a clear error, and the live index exactly as it was. */
class FullDiskTest {
  @TempDir
  Path temp;

  @Test
  void aBuildOnAFullDiskLeavesTheLiveIndexWhole() throws IOException {
    Path index = temp.resolve("index");
    IndexBuilder.build(corpus("old", 3), index);
    Set<String> before = idsAfterCheckIndex(index);

    Corpus bigger = corpus("new", 200);
    for (long room : new long[] {0, 1_000, 20_000, 100_000}) {
      try (Directory live = FSDirectory.open(index);
          Directory full = new FullDisk(live, room)) {
        IOException e = assertThrows(IOException.class, () -> IndexBuilder.build(bigger, full));
        assertEquals("No space left on device", e.getMessage());
      }
      assertEquals(before, idsAfterCheckIndex(index), "after filling the disk at " + room);
    }
    IndexBuilder.build(bigger, index);
    assertEquals(200, idsAfterCheckIndex(index).size(), "with room again the build succeeds");
  }

  @Test
  void theCommandLineSaysWhatHappenedInWords() {
    String message = IndexWriteError.describe(new IOException("No space left on device"),
        Path.of("data/index"));
    assertEquals("no space left on device while writing the index to data/index; free some disk"
        + " space and build again. The index there was left as it was.", message);
  }

  @Test
  void theCommandLineExitsOneWithoutAStackTraceWhenTheIndexCannotBeWritten() throws IOException {
    Path notAFolder = java.nio.file.Files.writeString(temp.resolve("file"), "x");
    Path corpus = TempCorpus.create(temp).document("doc-a.md", TempCorpus.doc("doc-a", "", "T.\n"))
        .dir();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    int exit = new IndexerMain(quiet, new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(List.of("build", "--corpus", corpus.toString(), "--index",
            notAFolder.resolve("index").toString()));
    String printed = err.toString(StandardCharsets.UTF_8);
    assertEquals(1, exit);
    assertTrue(printed.startsWith("error: "), printed);
    assertTrue(!printed.contains("\tat ") && !printed.contains("Exception"), printed);
  }

  private Corpus corpus(String prefix, int documents) throws IOException {
    TempCorpus corpus = TempCorpus.create(temp.resolve(prefix));
    for (int i = 0; i < documents; i++) {
      corpus.document(prefix + "-" + i + ".md", TempCorpus.doc(prefix + "-" + i, "",
          "Bewoners houden toezicht in de wijk " + i + ".\n"));
    }
    return CorpusLoader.load(corpus.dir()).corpus().orElseThrow();
  }

  private static Set<String> idsAfterCheckIndex(Path index) throws IOException {
    try (Directory directory = FSDirectory.open(index)) {
      try (CheckIndex check = new CheckIndex(directory)) {
        assertTrue(check.checkIndex().clean);
      }
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

  /** The live index's directory, with a disk that is full after {@code room} more bytes. */
  private static final class FullDisk extends FilterDirectory {
    private final AtomicLong room;

    FullDisk(Directory in, long room) {
      super(in);
      this.room = new AtomicLong(room);
    }

    @Override
    public IndexOutput createOutput(String name, IOContext context) throws IOException {
      return limited(super.createOutput(name, context));
    }

    @Override
    public IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
        throws IOException {
      return limited(super.createTempOutput(prefix, suffix, context));
    }

    @Override
    public void close() {
      // the live directory is closed by its owner
    }

    private IndexOutput limited(IndexOutput out) {
      return new IndexOutput(out.toString(), out.getName()) {
        @Override
        public void writeByte(byte b) throws IOException {
          take(1);
          out.writeByte(b);
        }

        @Override
        public void writeBytes(byte[] b, int offset, int length) throws IOException {
          take(length);
          out.writeBytes(b, offset, length);
        }

        @Override
        public void close() throws IOException {
          out.close();
        }

        @Override
        public long getFilePointer() {
          return out.getFilePointer();
        }

        @Override
        public long getChecksum() throws IOException {
          return out.getChecksum();
        }
      };
    }

    private void take(long bytes) throws IOException {
      if (room.addAndGet(-bytes) < 0) {
        throw new IOException("No space left on device");
      }
    }
  }
}
