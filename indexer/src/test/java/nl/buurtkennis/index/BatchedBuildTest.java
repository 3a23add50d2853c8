package nl.buurtkennis.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.CorpusLoader;
import nl.buurtkennis.corpus.DocumentLinks;
import nl.buurtkennis.testing.TempCorpus;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's build in batches makes the index the normal build makes of the whole corpus. */
class BatchedBuildTest {
  @TempDir
  Path temp;

  @Test
  void theScanChecksTheCorpusAndKeepsOnlyTheLinks() throws Exception {
    Corpus corpus = CorpusLoader.load(TempCorpus.shippedCorpus()).orThrow();
    CorpusLoader.Scan scan = CorpusLoader.scan(TempCorpus.shippedCorpus());
    Corpus scanned = scan.result().corpus().orElseThrow();
    assertEquals(List.of(), scanned.documents());
    assertEquals(corpus.fingerprint(), scanned.fingerprint());
    assertEquals(corpus.stamp(), scanned.stamp());
    assertEquals(corpus.documents().stream().map(CorpusDocument::id).toList(),
        scan.links().stream().map(DocumentLinks::id).toList());
  }

  @Test
  void batchesOfPairsMakeTheIndexOfTheWholeCorpus() throws Exception {
    Corpus corpus = CorpusLoader.load(TempCorpus.shippedCorpus()).orThrow();
    Path whole = temp.resolve("whole");
    IndexBuilder.build(corpus, whole);

    List<List<CorpusDocument>> batches = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    List<CorpusDocument> batch = new ArrayList<>();
    for (CorpusDocument doc : corpus.documents()) {
      if (!placed.add(doc.id())) {
        continue;
      }
      batch.add(doc);
      corpus.translation(doc).filter(t -> placed.add(t.id())).ifPresent(batch::add);
      if (batch.size() >= 7) {
        batches.add(batch);
        batch = new ArrayList<>();
      }
    }
    batches.add(batch);
    assertTrue(batches.size() > 3, "several batches");
    int[] next = {0};
    Path batched = temp.resolve("batched");
    IndexBuilder.BatchedBuild build = IndexBuilder.buildInBatches(batched, corpus.taxonomy(),
        corpus.fingerprint(), corpus.stamp(), () -> next[0] < batches.size()
            ? new Corpus(corpus.taxonomy(), batches.get(next[0]++), corpus.fingerprint(),
                corpus.stamp())
            : null);

    assertEquals(corpus.documents().size(), build.documents());
    assertTrue(build.writingNanos() > 0);
    try (var a = FSDirectory.open(whole); var b = FSDirectory.open(batched);
        DirectoryReader expected = DirectoryReader.open(a);
        DirectoryReader actual = DirectoryReader.open(b)) {
      IndexComparison.assertSameIndex(expected, actual, IndexUpdaterTest.queries());
      IndexCommitInfo left = IndexCommitInfo.of(expected.getIndexCommit().getUserData());
      IndexCommitInfo right = IndexCommitInfo.of(actual.getIndexCommit().getUserData());
      assertEquals(left.fingerprint(), right.fingerprint());
      assertEquals(left.documents(), right.documents());
    }
  }
}
