package nl.buurtkennis.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

/**
 * Where a term occurs in the documents of one segment, read from one postings enum that moves
 * forward through the documents asked for: the highlighter asks for the hits of a segment in
 * increasing order, and Lucene's term weight would look the term up and open its postings anew
 * for every hit.
 */
final class TermOccurrences {
  /** A term's positions in a document, and the offsets of each, in increasing position. */
  record InDoc(int[] positions, int[] startOffsets, int[] endOffsets) {
    int count() {
      return positions.length;
    }
  }

  private final TermsEnum terms;
  private PostingsEnum postings;
  private int lastDoc = -1;
  private InDoc last;
  /** The first document at or after {@link #lastDoc} that holds the term, as the postings say. */
  private int lastAt = -1;

  private TermOccurrences(TermsEnum terms) {
    this.terms = terms;
  }

  /** The occurrences of {@code term} in {@code reader}, or null where the segment lacks it. */
  static TermOccurrences of(LeafReader reader, Term term) throws IOException {
    Terms fieldTerms = reader.terms(term.field());
    if (fieldTerms == null) {
      return null;
    }
    TermsEnum terms = fieldTerms.iterator();
    return terms.seekExact(term.bytes()) ? new TermOccurrences(terms) : null;
  }

  /** The term's occurrences in {@code doc}, or null where it does not occur there. */
  InDoc in(int doc) throws IOException {
    if (doc == lastDoc) {
      return last;
    }
    if (postings == null || postings.docID() > doc) {
      postings = terms.postings(postings, PostingsEnum.OFFSETS);
    }
    int at = postings.docID() < doc ? postings.advance(doc) : postings.docID();
    lastDoc = doc;
    lastAt = at;
    last = at == doc ? read(postings) : null;
    return last;
  }

  /**
   * The first document at or after the one last asked of {@link #in} that holds the term (that
   * one where it holds it, {@code NO_MORE_DOCS} where none does): what the term's postings
   * enum's {@code advance} returns.
   */
  int lastAt() {
    return lastAt;
  }

  /** The number of documents of the segment that hold the term. */
  int docFreq() throws IOException {
    return terms.docFreq();
  }

  private static InDoc read(PostingsEnum postings) throws IOException {
    int freq = postings.freq();
    int[] positions = new int[freq];
    int[] starts = new int[freq];
    int[] ends = new int[freq];
    for (int i = 0; i < freq; i++) {
      positions[i] = postings.nextPosition();
      starts[i] = postings.startOffset();
      ends[i] = postings.endOffset();
    }
    return new InDoc(positions, starts, ends);
  }
}
