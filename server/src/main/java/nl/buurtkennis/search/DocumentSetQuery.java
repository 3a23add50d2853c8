package nl.buurtkennis.search;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents already worked out for each segment of one reader, at a constant score: a filter
 * for a search over the same reader.
 */
final class DocumentSetQuery extends DocumentsInMemory {
  /** Per segment, by its ordinal in the reader: the documents, or null for none. */
  private final FixedBitSet[] documents;

  DocumentSetQuery(FixedBitSet[] documents) {
    this.documents = documents;
  }

  @Override
  FixedBitSet documents(LeafReaderContext leaf) {
    return documents[leaf.ord];
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "documents worked out per segment";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && documents == ((DocumentSetQuery) other).documents;
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + System.identityHashCode(documents);
  }
}
