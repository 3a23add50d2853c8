package nl.buurtkennis.index;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import nl.buurtkennis.corpus.Corpus;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.validation.ValidationException;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;

/**
 * Brings an index up to date with a validated corpus by content hash: only added, changed and
 * removed documents are written, in one commit, and the result is the index a full build gives
 * (the same documents, stored fields, facet counts and scores).
 *
 * <p>A changed taxonomy or schema changes every document, so then (and when there is no index
 * yet) the update rewrites them all. Nothing is visible before the commit: a failed or killed
 * update leaves the previous commit, whole. When another build or update is writing to the
 * folder, throws {@link IndexBusyException} and writes nothing.
 */
public final class IndexUpdater {
  private IndexUpdater() {}

  public static UpdateSummary update(Corpus corpus, Path indexDir, IndexProgress progress)
      throws IOException {
    return IndexBuilder.alreadyValid(() -> update(CorpusSource.of(corpus), indexDir, progress));
  }

  public static UpdateSummary update(Corpus corpus, Directory directory, IndexProgress progress)
      throws IOException {
    return IndexBuilder.alreadyValid(() -> update(CorpusSource.of(corpus), directory, progress));
  }

  /**
   * Updates from the corpus that {@code source} reads once this update holds the folder's write
   * lock. A corpus with problems throws {@link ValidationException} and leaves the index as it
   * was (and no folder where there was none).
   */
  public static UpdateSummary update(CorpusSource source, Path indexDir, IndexProgress progress)
      throws IOException, ValidationException {
    return IndexFolder.writing(indexDir, directory -> update(source, directory, progress));
  }

  private static UpdateSummary update(CorpusSource source, Directory directory,
      IndexProgress progress) throws IOException, ValidationException {
    long start = System.nanoTime();
    UpdateSummary summary;
    // The corpus and the index's state are read only once the writer holds the lock, so no other
    // writer can change either's counterpart in the index before this commit.
    try (IndexWriter writer = IndexWriters.open(directory, IndexSchema.indexAnalyzer(),
        IndexWriterConfig.OpenMode.CREATE_OR_APPEND)) {
      try {
        summary = update(source.read(), directory, writer, progress);
      } catch (IOException | ValidationException | RuntimeException e) {
        writer.rollback();
        throw e;
      }
    }
    return summary.withMillis((System.nanoTime() - start) / 1_000_000);
  }

  private static UpdateSummary update(Corpus corpus, Directory directory, IndexWriter writer,
      IndexProgress progress) throws IOException {
    IndexedDocuments indexed = IndexedDocuments.none();
    Map<String, String> commitData = Map.of();
    boolean exists = DirectoryReader.indexExists(directory);
    if (exists) {
      commitData = SegmentInfos.readLatestCommit(directory).getUserData();
      indexed = readIndexed(directory, commitData);
    }
    String rebuildReason = rebuildReason(exists, commitData, corpus);
    int documents = corpus.documents().size();
    if (!rebuildReason.isEmpty()) {
      UpdatePlan plan = UpdatePlan.rewriteAll(corpus, indexed);
      writer.deleteAll();
      IndexBuilder.writeAll(writer, converter(corpus), corpus, progress);
      commit(writer, corpus, progress);
      return new UpdateSummary(UpdateSummary.Kind.REBUILD, rebuildReason, plan.added().size(),
          plan.changed().size(), plan.removed().size(), 0, 0, documents, 0);
    }
    UpdatePlan plan = UpdatePlan.of(corpus, indexed);
    boolean sameFiles = corpus.fingerprint().equals(commitData.get(IndexSchema.COMMIT_FINGERPRINT));
    if (plan.isEmpty() && sameFiles) {
      if (corpus.stamp().equals(commitData.get(IndexSchema.COMMIT_STAMP))) {
        writer.rollback();
      } else {
        // Files touched but not changed: record their new stamp, so the next start need not
        // read the corpus again.
        IndexWriters.stamp(writer, corpus);
        writer.commit();
      }
      return new UpdateSummary(UpdateSummary.Kind.UNCHANGED, "", 0, 0, 0, plan.skipped(), 0,
          documents, 0);
    }
    apply(plan, writer, converter(corpus), progress);
    commit(writer, corpus, progress);
    return new UpdateSummary(UpdateSummary.Kind.UPDATE, "", plan.added().size(),
        plan.changed().size(), plan.removed().size(), plan.skipped(), 0, documents, 0);
  }

  /**
   * The documents the index holds; none when an older version wrote it in a form this one cannot
   * read: it is rewritten whole anyway, and its documents count as added.
   */
  private static IndexedDocuments readIndexed(Directory directory, Map<String, String> commitData)
      throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return IndexedDocuments.read(reader);
    } catch (CorruptIndexException e) {
      if (IndexCommitInfo.of(commitData).hasCurrentSchema()) {
        throw e;
      }
      return IndexedDocuments.none();
    }
  }

  /** Why every document must be rewritten, or empty when an incremental update is exact. */
  private static String rebuildReason(boolean exists, Map<String, String> commitData,
      Corpus corpus) {
    if (!exists) {
      return "there was no index yet";
    }
    String schema = commitData.getOrDefault(IndexSchema.COMMIT_SCHEMA, "");
    if (!IndexSchema.VERSION.equals(schema)) {
      return "the index has schema version " + (schema.isEmpty() ? "(none)" : schema)
          + ", this indexer writes " + IndexSchema.VERSION;
    }
    if (!corpus.taxonomy().source().equals(commitData.get(IndexSchema.COMMIT_TAXONOMY))) {
      return "the taxonomy changed";
    }
    return "";
  }

  private static void apply(UpdatePlan plan, IndexWriter writer, DocumentConverter converter,
      IndexProgress progress) throws IOException {
    progress.begin("writing", plan.touched());
    for (String id : plan.removed()) {
      writer.deleteDocuments(new Term(IndexSchema.ID, id));
      progress.step();
    }
    for (CorpusDocument document : plan.changed()) {
      writer.updateDocument(new Term(IndexSchema.ID, document.id()), converter.convert(document));
      progress.step();
    }
    for (CorpusDocument document : plan.added()) {
      writer.addDocument(converter.convert(document));
      progress.step();
    }
    progress.end();
  }

  /**
   * Expunges deleted documents before the commit: BM25 counts documents and their lengths per
   * segment, deleted ones included, so leaving them would skew every score.
   */
  private static void commit(IndexWriter writer, Corpus corpus, IndexProgress progress)
      throws IOException {
    progress.begin("merging and committing", 0);
    writer.forceMergeDeletes(true);
    IndexWriter.DocStats stats = writer.getDocStats();
    if (stats.maxDoc != stats.numDocs) {
      throw new IllegalStateException((stats.maxDoc - stats.numDocs)
          + " deleted documents remain after forceMergeDeletes; nothing was committed");
    }
    IndexWriters.stamp(writer, corpus);
    writer.commit();
    progress.end();
  }

  /** A converter with its own analyzer: it analyses a body while the writer holds another. */
  private static DocumentConverter converter(Corpus corpus) {
    return new DocumentConverter(corpus, IndexSchema.indexAnalyzer());
  }
}
