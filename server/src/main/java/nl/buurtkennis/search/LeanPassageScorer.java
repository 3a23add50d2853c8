package nl.buurtkennis.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage score, to the last bit, without its allocations: Lucene's
 * {@link PassageScorer#score} groups a passage's matches by term in a new hash with a 32 KB
 * block for every passage it weighs (a sixth of a search's allocated bytes at 100k documents);
 * a passage holds a handful of matches, so here each term is found by comparing it with the
 * ones before. Terms are summed in the order they first occur, as the hash numbers them.
 */
final class LeanPassageScorer extends PassageScorer {
  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    double score = 0d;
    for (int i = 0; i < matches; i++) {
      if (occursBefore(terms, i)) {
        continue;
      }
      int inPassage = 1;
      for (int j = i + 1; j < matches; j++) {
        if (terms[j].bytesEquals(terms[i])) {
          inPassage++;
        }
      }
      score += tf(inPassage, passage.getLength()) * weight(contentLength, freqsInDoc[i]);
    }
    score *= norm(passage.getStartOffset());
    return (float) score;
  }

  private static boolean occursBefore(BytesRef[] terms, int i) {
    for (int j = 0; j < i; j++) {
      if (terms[j].bytesEquals(terms[i])) {
        return true;
      }
    }
    return false;
  }
}
