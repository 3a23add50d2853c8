package nl.buurtkennis.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LeanPassageScorerTest {
  private static final String[] WORDS = {"buurt", "preventie", "politie", "vertrouwen", "wijk"};

  @Test
  void scoresEveryPassageAsLucenesScorerDoes() {
    PassageScorer lucene = new PassageScorer();
    PassageScorer lean = new LeanPassageScorer();
    Random random = new Random(20261203);
    for (int round = 0; round < 2000; round++) {
      Passage passage = randomPassage(random);
      int contentLength = passage.getEndOffset() + random.nextInt(5000);
      assertEquals(Float.floatToIntBits(lucene.score(passage, contentLength)),
          Float.floatToIntBits(lean.score(passage, contentLength)), "round " + round);
    }
  }

  @Test
  void countsARepeatedTermOnceWithItsFrequencyInThePassage() {
    Passage passage = new Passage();
    passage.setStartOffset(100);
    passage.setEndOffset(300);
    passage.addMatch(110, 115, new BytesRef("buurt"), 3);
    passage.addMatch(150, 155, new BytesRef("buurt"), 3);
    passage.addMatch(200, 209, new BytesRef("preventie"), 1);
    PassageScorer lucene = new PassageScorer();
    double expected = (lucene.tf(2, 200) * lucene.weight(1000, 3)
        + lucene.tf(1, 200) * lucene.weight(1000, 1)) * lucene.norm(100);
    assertEquals((float) expected, new LeanPassageScorer().score(passage, 1000));
  }

  @Test
  void weighsEachTermByWhatTheQueryMakesOfIt() {
    Passage passage = new Passage();
    passage.setStartOffset(100);
    passage.setEndOffset(300);
    passage.addMatch(110, 115, new BytesRef("buurt"), 3);
    passage.addMatch(200, 209, new BytesRef("preventie"), 1);
    PassageScorer lucene = new PassageScorer();
    double expected = (lucene.tf(1, 200) * lucene.weight(1000, 3)
        + 0.25f * lucene.tf(1, 200) * lucene.weight(1000, 1)) * lucene.norm(100);
    PassageScorer weighed = new LeanPassageScorer(Map.of(new BytesRef("preventie"), 0.25f));
    assertEquals((float) expected, weighed.score(passage, 1000), 1e-6f);
  }

  @Test
  void textThatSeveralMatchesCoverCountsOnceAsItsHeaviestMatch() {
    Passage passage = new Passage();
    passage.setStartOffset(100);
    passage.setEndOffset(300);
    // "burgernet" as typed, its parts at its place, and a concept's name over it and the next word
    passage.addMatch(110, 119, new BytesRef("burger"), 1);
    passage.addMatch(110, 119, new BytesRef("burgernet"), 1);
    passage.addMatch(110, 119, new BytesRef("net"), 1);
    passage.addMatch(110, 125, new BytesRef("burgernet alert"), 1);
    PassageScorer lucene = new PassageScorer();
    double expected = lucene.tf(1, 200) * lucene.weight(1000, 1) * lucene.norm(100);
    PassageScorer weighed = new LeanPassageScorer(Map.of(new BytesRef("burgernet alert"), 0.25f));
    assertEquals((float) expected, weighed.score(passage, 1000), 1e-6f);
  }

  @Test
  void matchesOverTheSameTextCountTheSameInWhateverOrderTheyCome() {
    // A compound and its part at the compound's place, as heavy: the rarer term counts.
    float[] scores = new float[2];
    for (int order = 0; order < 2; order++) {
      Passage passage = new Passage();
      passage.setStartOffset(100);
      passage.setEndOffset(300);
      BytesRef part = new BytesRef("bemiddel");
      BytesRef compound = new BytesRef("buurtbemiddel");
      passage.addMatch(110, 126, order == 0 ? part : compound, order == 0 ? 7 : 2);
      passage.addMatch(110, 126, order == 0 ? compound : part, order == 0 ? 2 : 7);
      scores[order] = new LeanPassageScorer(Map.of(part, 0.25f, compound, 0.25f))
          .score(passage, 1000);
    }
    PassageScorer lucene = new PassageScorer();
    double rarer = 0.25f * lucene.tf(1, 200) * lucene.weight(1000, 2) * lucene.norm(100);
    assertEquals((float) rarer, scores[0], 1e-6f);
    assertEquals(scores[0], scores[1]);
  }

  @Test
  void aPassageWithBothWordsBeatsOneWithTheRarerWordTwice() {
    BytesRef watch = new BytesRef("watch");
    BytesRef neighbourhood = new BytesRef("neighbourhood");
    Passage twice = new Passage();
    twice.setStartOffset(100);
    twice.setEndOffset(300);
    twice.addMatch(110, 115, watch, 3);
    twice.addMatch(150, 155, watch, 3);
    Passage both = new Passage();
    both.setStartOffset(100);
    both.setEndOffset(300);
    both.addMatch(110, 123, neighbourhood, 3);
    both.addMatch(150, 155, watch, 3);
    Map<BytesRef, Float> weights = Map.of(watch, 0.64f, neighbourhood, 0.10f);
    assertTrue(new LeanPassageScorer(weights).score(twice, 1000)
        > new LeanPassageScorer(weights).score(both, 1000), "the rarity weights alone");
    float[] wordWeights = new float[Long.SIZE];
    wordWeights[0] = 0.4f;
    wordWeights[1] = 1f;
    PassageWords.InField words =
        new PassageWords.InField(Map.of(neighbourhood, 1L, watch, 2L), wordWeights);
    PassageScorer scorer = new LeanPassageScorer(weights, words, () -> 0L);
    assertTrue(scorer.score(both, 1000) > scorer.score(twice, 1000));
  }

  @Test
  void aWordsFormsCountAsOneWord() {
    BytesRef compound = new BytesRef("whatsappgroep");
    BytesRef part = new BytesRef("whatsapp");
    BytesRef other = new BytesRef("privacy");
    float[] wordWeights = new float[Long.SIZE];
    wordWeights[0] = 1f;
    wordWeights[1] = 1f;
    PassageWords.InField words =
        new PassageWords.InField(Map.of(compound, 1L, part, 1L, other, 2L), wordWeights);
    Passage forms = new Passage();
    forms.setStartOffset(100);
    forms.setEndOffset(300);
    forms.addMatch(110, 123, compound, 1);
    forms.addMatch(150, 158, part, 1);
    PassageScorer lucene = new PassageScorer();
    double weightsAlone = (lucene.tf(1, 200) * lucene.weight(1000, 1) * 2) * lucene.norm(100);
    assertEquals((float) (weightsAlone * 0.25d),
        new LeanPassageScorer(Map.of(), words, () -> 0L).score(forms, 1000), 1e-6f,
        "half the words, squared");
  }

  @Test
  void theWordsShownElsewhereCountAsHeldByEveryPassage() {
    BytesRef whatsapp = new BytesRef("whatsapp");
    BytesRef privacy = new BytesRef("privacy");
    Passage twice = new Passage();
    twice.setStartOffset(100);
    twice.setEndOffset(300);
    twice.addMatch(110, 118, whatsapp, 7);
    twice.addMatch(150, 158, whatsapp, 7);
    Passage other = new Passage();
    other.setStartOffset(100);
    other.setEndOffset(300);
    other.addMatch(110, 117, privacy, 2);
    float[] wordWeights = new float[Long.SIZE];
    wordWeights[0] = 1f;
    wordWeights[1] = 1f;
    PassageWords.InField words =
        new PassageWords.InField(Map.of(whatsapp, 1L, privacy, 2L), wordWeights);
    Map<BytesRef, Float> weights = Map.of(whatsapp, 0.78f, privacy, 0.45f);
    PassageScorer alone = new LeanPassageScorer(weights, words, () -> 0L);
    assertTrue(alone.score(twice, 1000) > alone.score(other, 1000));
    PassageScorer underTitle = new LeanPassageScorer(weights, words, () -> 1L);
    assertTrue(underTitle.score(other, 1000) > underTitle.score(twice, 1000));
  }

  /** A concept's whole name holds both words, though a translation of one outweighs it. */
  @Test
  void aWholeNameHoldsItsWordsWhereAWordOfItOutweighsIt() {
    BytesRef name = new BytesRef("onterecht melding");
    BytesRef word = new BytesRef("melding");
    Passage withName = new Passage();
    withName.setStartOffset(1850);
    withName.setEndOffset(2130);
    withName.addMatch(1920, 1940, name, 1);
    withName.addMatch(1930, 1940, word, 6);
    Passage withWord = passage(1215, 1400, word);
    float[] wordWeights = new float[Long.SIZE];
    wordWeights[0] = 1f;
    wordWeights[1] = 1f;
    PassageWords.InField words = new PassageWords.InField(Map.of(word, 2L, name, 3L),
        wordWeights);
    PassageScorer scorer = new LeanPassageScorer(Map.of(word, 0.33f, name, 0.08f), words,
        () -> 0L);
    assertTrue(scorer.score(withName, 4000) > scorer.score(withWord, 4000));
  }

  /** Under a title that shows every word, the first passage with the heaviest match is shown. */
  @Test
  void underATitleThatShowsEveryWordTheFirstPassageWithTheHeaviestMatchIsShown() {
    BytesRef word = new BytesRef("burgernet");
    BytesRef name = new BytesRef("tip");
    Passage first = passage(11, 240, word);
    Passage later = passage(3427, 3700, word);
    later.addMatch(3500, 3509, word, 6);
    later.addMatch(3600, 3604, name, 2);
    Passage nameOnly = passage(5, 10, name);
    float[] wordWeights = new float[Long.SIZE];
    wordWeights[0] = 1f;
    PassageWords.InField words = new PassageWords.InField(Map.of(word, 1L, name, 1L),
        wordWeights);
    Map<BytesRef, Float> weights = Map.of(word, 0.83f, name, 0.08f);
    PassageScorer alone = new LeanPassageScorer(weights, words, () -> 0L);
    assertTrue(alone.score(later, 4000) > alone.score(first, 4000), "without the title");
    PassageScorer underTitle = new LeanPassageScorer(weights, words, () -> 1L);
    assertTrue(underTitle.score(first, 4000) > underTitle.score(later, 4000));
    assertTrue(underTitle.score(first, 4000) > underTitle.score(nameOnly, 4000));
  }

  private static Passage passage(int start, int end, BytesRef term) {
    Passage passage = new Passage();
    passage.setStartOffset(start);
    passage.setEndOffset(end);
    passage.addMatch(start + 1, start + 1 + term.length, term, 6);
    return passage;
  }

  private static Passage randomPassage(Random random) {
    Passage passage = new Passage();
    int start = random.nextInt(2000);
    int[] freqInDoc = new int[WORDS.length];
    for (int i = 0; i < WORDS.length; i++) {
      freqInDoc[i] = 1 + random.nextInt(20);
    }
    passage.setStartOffset(start);
    passage.setEndOffset(start + 1000);
    int offset = start;
    int matches = random.nextInt(12);
    for (int i = 0; i < matches; i++) {
      int word = random.nextInt(WORDS.length);
      offset += 1 + random.nextInt(30);
      passage.addMatch(offset, offset + WORDS[word].length(), new BytesRef(WORDS[word]),
          freqInDoc[word]);
      offset += WORDS[word].length();
    }
    return passage;
  }
}
