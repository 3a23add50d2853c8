package nl.buurtkennis.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

/**
 * How rare a term is among the texts of its field, for weighing passages: BM25's inverse
 * document frequency, divided by that of a term that one text holds, so that such a term is 1,
 * one that every text holds nearly 0, and one that no text holds 0 (it matches nothing).
 * Lucene's passage score counts a word only within the text it picks a passage from, so a word
 * that every text uses (the {@code werkt} of "Hoe het werkt") chose the passage as a rare one.
 * Each term is looked up once per query ({@link Snippets#plan}); not thread-safe.
 */
final class PassageRarity {
  private final IndexReader reader;
  private final Map<Term, Float> known = new HashMap<>();
  private final Map<String, Integer> docCounts = new HashMap<>();
  /**
   * Each segment's terms of a field, one enum for all the field's terms of the query: Lucene's
   * {@link IndexReader#docFreq} makes a new one per segment and term.
   */
  private final Map<String, TermsEnum[]> enums = new HashMap<>();

  PassageRarity(IndexReader reader) {
    this.reader = reader;
  }

  /** Every term as rare as can be: the weights of the query alone. */
  static PassageRarity none() {
    return new PassageRarity(null);
  }

  float of(Term term) {
    if (reader == null) {
      return 1f;
    }
    return known.computeIfAbsent(term, this::lookedUp);
  }

  private float lookedUp(Term term) {
    try {
      int docs = docCounts.computeIfAbsent(term.field(), this::docCount);
      int holding = docFreq(term);
      if (holding == 0 || docs == 0) {
        return 0f;
      }
      return (float) (idf(holding, docs) / idf(1, docs));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What {@link IndexReader#docFreq} says, from the field's enums. */
  private int docFreq(Term term) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    TermsEnum[] inField = enums.get(term.field());
    if (inField == null) {
      inField = new TermsEnum[leaves.size()];
      for (int i = 0; i < inField.length; i++) {
        Terms terms = leaves.get(i).reader().terms(term.field());
        inField[i] = terms == null ? TermsEnum.EMPTY : terms.iterator();
      }
      enums.put(term.field(), inField);
    }
    int holding = 0;
    for (TermsEnum terms : inField) {
      if (terms.seekExact(term.bytes())) {
        holding += terms.docFreq();
      }
    }
    return holding;
  }

  private int docCount(String field) {
    try {
      return reader.getDocCount(field);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** BM25's, as Lucene's {@code BM25Similarity} computes it. */
  static double idf(long docFreq, long docCount) {
    return Math.log(1 + (docCount - docFreq + 0.5d) / (docFreq + 0.5d));
  }
}
