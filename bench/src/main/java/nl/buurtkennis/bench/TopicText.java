package nl.buurtkennis.bench;

import java.util.SplittableRandom;

/**
 * Text on one document's topic: a walk through the bigrams of one real document that takes each
 * next word from the bigrams of all text in its language instead, {@link #DRIFT} of the time (and
 * always where the document has no follower for the word). A synthetic document so reads like a
 * variation on its template, with words of the whole corpus mixed in, and a query matches about
 * as many synthetic documents as real ones (see bench/HISTORY.md), where a walk through the
 * language's bigrams alone mixed every topic into every document.
 */
final class TopicText {
  static final double DRIFT = 0.1;

  private final WordModel topic;
  private final WordModel language;

  TopicText(WordModel topic, WordModel language) {
    this.topic = topic.isEmpty() ? language : topic;
    this.language = language;
  }

  /** About {@code count} words of whole sentences. */
  String sentences(SplittableRandom random, int count) {
    StringBuilder text = new StringBuilder(count * 8);
    int written = 0;
    String word = start(random);
    while (true) {
      if (written > 0) {
        text.append(' ');
      }
      text.append(word);
      written++;
      boolean end = WordModel.endsSentence(word);
      if (end && written >= count) {
        return text.toString();
      }
      if (!end && written >= count + 40) {
        return text.append('.').toString();
      }
      String next = end ? null : next(word, random);
      word = next == null ? start(random) : next;
    }
  }

  /** A run of {@code count} words without the closing punctuation: a title. */
  String phrase(SplittableRandom random, int count) {
    StringBuilder text = new StringBuilder();
    String word = start(random);
    for (int i = 0; i < count && word != null; i++) {
      if (i > 0) {
        text.append(' ');
      }
      text.append(word.replaceAll("[.,;:!?]+$", ""));
      word = WordModel.endsSentence(word) ? null : next(word, random);
    }
    return text.toString();
  }

  private String start(SplittableRandom random) {
    return (random.nextDouble() < DRIFT ? language : topic).start(random);
  }

  private String next(String word, SplittableRandom random) {
    String next = random.nextDouble() < DRIFT ? null : topic.follower(word, random);
    return next != null ? next : language.follower(word, random);
  }
}
