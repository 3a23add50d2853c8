package nl.buurtkennis.search.scoring;

import java.io.IOException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The sum of the scores of the parts of a disjunction, per document, and the number of parts
 * each document matches. Summed in a double and rounded to a float once, as Lucene's disjunction
 * scorers do: the sum of a few BM25 scores is exact in a double, so the order of the parts does
 * not change it. The arrays are {@link ScratchArrays}: a document's first part sets its entries,
 * the later ones add to them.
 */
final class ScoreSum {
  private final FixedBitSet docs;
  private final double[] sums;
  private final int[] matched;

  /** @param countMatches whether {@link #result(int)} will ask for a minimum number of parts */
  ScoreSum(int maxDoc, boolean countMatches) {
    this.docs = new FixedBitSet(maxDoc);
    this.sums = ScratchArrays.doubles(maxDoc);
    this.matched = countMatches ? ScratchArrays.ints(maxDoc) : null;
  }

  /** A first part's score is the sum so far, as 0 + x is x exactly. */
  void add(int doc, float score) {
    if (docs.getAndSet(doc)) {
      sums[doc] += score;
      if (matched != null) {
        matched[doc]++;
      }
    } else {
      sums[doc] = score;
      if (matched != null) {
        matched[doc] = 1;
      }
    }
  }

  /**
   * Adds a part's scores for its documents among {@code candidates} (all, when null), a word of
   * 64 documents at a time: their bits are set in one step, and no document is looked for twice.
   */
  void add(SegmentScores part, FixedBitSet candidates) throws IOException {
    add(part.docs(), candidates, part::score);
  }

  /**
   * Adds the score {@code scores} gives each document of {@code partDocs} among
   * {@code candidates} (all, when null), as {@link #add(SegmentScores, FixedBitSet)} does. The
   * documents are asked in increasing order.
   */
  void add(FixedBitSet partDocs, FixedBitSet candidates, DocScores scores) throws IOException {
    long[] partWords = partDocs.getBits();
    long[] candidateWords = candidates == null ? null : candidates.getBits();
    long[] words = docs.getBits();
    int count = Math.min(FixedBitSet.bits2words(partDocs.length()), words.length);
    for (int i = 0; i < count; i++) {
      long word = candidateWords == null ? partWords[i] : partWords[i] & candidateWords[i];
      if (word == 0) {
        continue;
      }
      long before = words[i];
      words[i] |= word;
      int base = i * Long.SIZE;
      for (; word != 0; word &= word - 1) {
        int doc = base + Long.numberOfTrailingZeros(word);
        if ((before & (1L << doc)) != 0) {
          sums[doc] += scores.score(doc);
          if (matched != null) {
            matched[doc]++;
          }
        } else {
          sums[doc] = scores.score(doc);
          if (matched != null) {
            matched[doc] = 1;
          }
        }
      }
    }
  }

  /** The score of a document of a part. */
  interface DocScores {
    float score(int doc) throws IOException;
  }

  /** The documents that matched at least {@code minimum} parts (any, when it is 0 or 1). */
  SegmentScores result(int minimum) {
    if (matched != null && minimum > 1) {
      for (int doc = docs.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = next(docs, doc)) {
        if (matched[doc] < minimum) {
          docs.clear(doc);
        }
      }
    }
    return SegmentScores.ofSums(docs, sums);
  }

  static int next(FixedBitSet bits, int doc) {
    return doc + 1 < bits.length() ? bits.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS;
  }
}
