package nl.buurtkennis.search;

import java.util.Map;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default passage score without its allocations, each term's part weighed by what the
 * query makes of it ({@link PassageWeights}): Lucene's {@link PassageScorer#score} groups a
 * passage's matches by term in a new hash with a 32 KB block for every passage it weighs (a sixth
 * of a search's allocated bytes at 100k documents); a passage holds a handful of matches, so here
 * each term is found by comparing it with the ones before. Terms are summed in the order they
 * first occur, as the hash numbers them. Text that several matches cover (a compound, and its
 * parts at its position; a typed word that is also a concept's name; "informele sociale controle"
 * and "sociale controle") counts once, as its heaviest match. Without weights, and with no two
 * matches over the same text, the score is Lucene's to the last bit.
 *
 * <p>Given the typed words each term is a form of ({@link PassageWords}), the score is also
 * multiplied by the square of the share of the words the passage holds, each counted once however
 * many of its forms the passage holds (the coordination factor of Lucene's classic scoring,
 * squared): a passage with {@code whatsapp} and {@code privacy} is shown before one with
 * {@code WhatsApp} twice, though {@code whatsapp} is the rarer word. The weights alone let the
 * rarer of two words choose a passage that holds it twice and not the other word at all
 * ({@code watch} before {@code neighbourhood} and {@code watch}); squared, a passage that holds
 * half the words must score four times as high on them to be chosen. A match that another over
 * the same text outweighs still holds its words: a concept's whole name ("onterechte meldingen"
 * for {@code vals alarm}) holds every word of the run that names the concept, though one of its
 * words alone, a translation weighing as typed ({@code melding} for {@code alarm}), counts in the
 * score in its place, and a passage with the whole name comes before one with only that word.
 * The words a hit's title shows count as held by every passage: the snippet is read below the
 * title, and shows best what the title does not ({@code privacy} of {@code WhatsApp privacy}
 * under "WhatsApp neighbourhood prevention groups", not the title's {@code WhatsApp} twice); where
 * the query asks for more than the title shows, the title's words also weigh less ({@link
 * #SHOWN_ELSEWHERE}), and a passage that says them again and again says no more than one that
 * says them once. Where the title shows
 * every word the query asks ({@code buurtpreventie} above "Buurtpreventie en buurtwachten"), the
 * passages' matches say nothing the title has not: the first passage that holds the heaviest match
 * is shown, which is where the text introduces its subject ("Burgernet is een landelijke
 * voorziening …"), not a later one that names it twice to say its effect is not known.
 */
final class LeanPassageScorer extends PassageScorer {
  /**
   * What a match of a word the title shows weighs, against the weight of its term, where the
   * query asks for words the title does not show: {@code WhatsApp neighbourhood privacy} under
   * "WhatsApp neighbourhood prevention groups" showed "What it is", with both title words twice,
   * before the passage on privacy.
   */
  static final float SHOWN_ELSEWHERE = 0.5f;

  private final Map<BytesRef, Float> weights;
  private final PassageWords.InField words;
  private final LongSupplier shownElsewhere;
  private final Supplier<Map<BytesRef, Integer>> placesOfWords;
  /**
   * Each match's weight and whether it counts, for the passage being scored: a scorer weighs one
   * field's passages at a time, on one thread ({@link PassageHighlighter#getScorer}).
   */
  private float[] weightOf = new float[16];
  private boolean[] counted = new boolean[16];

  /** Lucene's score: every term weighs 1. */
  LeanPassageScorer() {
    this(Map.of());
  }

  /** @param weights what a match of each term weighs, 1 for a term not listed */
  LeanPassageScorer(Map<BytesRef, Float> weights) {
    this(weights, PassageWords.InField.NONE, () -> 0L);
  }

  /**
   * @param weights what a match of each term weighs, 1 for a term not listed
   * @param words the typed words each term is a form of, and what each weighs
   * @param shownElsewhere the words that the hit whose passages are scored shows where its
   *     snippet is read, its title: every passage counts as holding them
   */
  LeanPassageScorer(Map<BytesRef, Float> weights, PassageWords.InField words,
      LongSupplier shownElsewhere) {
    this(weights, words, shownElsewhere, Map::of);
  }

  /**
   * @param placesOfWords for the text whose passages are scored, how often it says the typed word
   *     that a term stands in for ({@link CountedMatches#placesOfWords}): in a passage that does
   *     not say the word as typed, the term recurs as often as the word does, so that the one
   *     place that says another name of it does not outweigh the passages that say the word
   *     ({@code jeugdoverlast} for {@code jongeren}); beside the word, another name of it says
   *     more, as rare as it is ("afspiegeling" beside {@code representativiteit}). A term not
   *     listed recurs as often as it matches itself.
   */
  LeanPassageScorer(Map<BytesRef, Float> weights, PassageWords.InField words,
      LongSupplier shownElsewhere, Supplier<Map<BytesRef, Integer>> placesOfWords) {
    this.weights = weights;
    this.words = words;
    this.shownElsewhere = shownElsewhere;
    this.placesOfWords = placesOfWords;
  }

  @Override
  public float score(Passage passage, int contentLength) {
    int matches = passage.getNumMatches();
    BytesRef[] terms = passage.getMatchTerms();
    int[] starts = passage.getMatchStarts();
    int[] ends = passage.getMatchEnds();
    int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
    if (weightOf.length < matches) {
      weightOf = new float[Math.max(matches, 2 * weightOf.length)];
      counted = new boolean[weightOf.length];
    }
    for (int i = 0; i < matches; i++) {
      weightOf[i] = weights.isEmpty() ? 1f : weights.getOrDefault(terms[i], 1f);
    }
    for (int i = 0; i < matches; i++) {
      counted[i] = !outweighed(terms, starts, ends, freqsInDoc, matches, i);
    }
    long shown = shownElsewhere.getAsLong();
    Map<BytesRef, Integer> places = placesOfWords.get();
    long held = shown;
    long typedHeld = 0L;
    for (int i = 0; i < matches; i++) {
      held |= words.bits().getOrDefault(terms[i], 0L);
      typedHeld |= words.typed().getOrDefault(terms[i], 0L);
    }
    float result;
    if (shown != 0L && words.share(shown) >= 1d) {
      result = (float) (heaviest(matches) * norm(passage.getStartOffset()));
    } else {
      double score = 0d;
      for (int i = 0; i < matches; i++) {
        if (!counted[i] || countedBefore(terms, counted, i)) {
          continue;
        }
        long of = words.bits().getOrDefault(terms[i], 0L);
        boolean inTitle = shown != 0L && of != 0L && (of & ~shown) == 0L;
        int inPassage = 1;
        for (int j = i + 1; j < matches && !inTitle; j++) {
          if (counted[j] && terms[j].bytesEquals(terms[i])) {
            inPassage++;
          }
        }
        score += (inTitle ? weightOf[i] * SHOWN_ELSEWHERE : weightOf[i])
            * tf(inPassage, passage.getLength())
            * weight(contentLength, (of & typedHeld) != 0L ? freqsInDoc[i]
                : places.getOrDefault(terms[i], freqsInDoc[i]));
      }
      score *= norm(passage.getStartOffset());
      result = (float) (score * coordination(held));
    }
    return result;
  }

  /** What the heaviest match that counts weighs, of the passage being scored. */
  private float heaviest(int matches) {
    float heaviest = 0f;
    for (int i = 0; i < matches; i++) {
      heaviest = counted[i] ? Math.max(heaviest, weightOf[i]) : heaviest;
    }
    return heaviest;
  }

  /** The square of the share of the typed words' weight that the {@code held} words weigh. */
  private double coordination(long held) {
    double share = words.share(held);
    return share * share;
  }

  private static boolean countedBefore(BytesRef[] terms, boolean[] counted, int i) {
    for (int j = 0; j < i; j++) {
      if (counted[j] && terms[j].bytesEquals(terms[i])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether another match over some of the same text counts instead of match {@code i}: the
   * heavier, or of two as heavy the one whose term is rarer in the text (a compound before its
   * part at the compound's place), then the first by term. The order of the matches at one place
   * follows the order of the query's clauses, which is not the query's to decide (Lucene's
   * rewrite merges repeated clauses in hash order), so it decides nothing.
   */
  private boolean outweighed(BytesRef[] terms, int[] starts, int[] ends, int[] freqsInDoc,
      int matches, int i) {
    for (int j = 0; j < matches; j++) {
      if (j != i && starts[j] < ends[i] && starts[i] < ends[j]
          && heavier(terms, freqsInDoc, j, i)) {
        return true;
      }
    }
    return false;
  }

  private boolean heavier(BytesRef[] terms, int[] freqsInDoc, int j, int i) {
    if (weightOf[j] != weightOf[i]) {
      return weightOf[j] > weightOf[i];
    }
    if (freqsInDoc[j] != freqsInDoc[i]) {
      return freqsInDoc[j] < freqsInDoc[i];
    }
    int byTerm = terms[j].compareTo(terms[i]);
    return byTerm != 0 ? byTerm < 0 : j < i;
  }
}
