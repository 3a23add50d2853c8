package nl.buurtkennis.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DocumentStoredFieldVisitor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/** What the last commit of an index holds: each document's content hash and source path, by id. */
public final class IndexedDocuments {
  /** One indexed document; {@code hash} is empty when the index holds the id more than once. */
  public record Entry(String hash, String path) {}

  private final Map<String, Entry> byId;

  private IndexedDocuments(Map<String, Entry> byId) {
    this.byId = byId;
  }

  public static IndexedDocuments read(IndexReader reader) throws IOException {
    Map<String, Entry> byId = new LinkedHashMap<>();
    Bits live = MultiBits.getLiveDocs(reader);
    StoredFields stored = reader.storedFields();
    Set<String> wanted = Set.of(IndexSchema.ID, IndexSchema.CONTENT_HASH, IndexSchema.SOURCE_PATH);
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      DocumentStoredFieldVisitor visitor = new DocumentStoredFieldVisitor(wanted);
      stored.document(doc, visitor);
      Document fields = visitor.getDocument();
      String id = fields.get(IndexSchema.ID);
      Entry entry = new Entry(orEmpty(fields.get(IndexSchema.CONTENT_HASH)),
          orEmpty(fields.get(IndexSchema.SOURCE_PATH)));
      if (byId.putIfAbsent(id, entry) != null) {
        byId.put(id, new Entry("", entry.path()));
      }
    }
    return new IndexedDocuments(byId);
  }

  /** An index with no documents, for a folder that holds no index yet. */
  public static IndexedDocuments none() {
    return new IndexedDocuments(Map.of());
  }

  public Map<String, Entry> byId() {
    return byId;
  }

  public int size() {
    return byId.size();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
