package nl.buurtkennis.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A bigram model of one language's running text: which word follows which, as often as it does in
 * the real corpus. Sampling it gives text with the corpus' vocabulary and word frequencies.
 */
final class WordModel {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> words = new ArrayList<>();
  private final List<IntList> followers = new ArrayList<>();
  private final IntList sentenceStarts = new IntList();

  /** Adds the whitespace-separated words of one paragraph. */
  void train(String paragraph) {
    String[] tokens = paragraph.trim().split("\\s+");
    int previous = -1;
    for (String token : tokens) {
      if (token.isEmpty() || token.startsWith("#")) {
        continue;
      }
      int id = id(token);
      if (previous < 0 || endsSentence(words.get(previous))) {
        sentenceStarts.add(id);
      } else {
        followers.get(previous).add(id);
      }
      previous = id;
    }
  }

  boolean isEmpty() {
    return sentenceStarts.size == 0;
  }

  /** About {@code count} words of whole sentences. */
  String sentences(SplittableRandom random, int count) {
    StringBuilder text = new StringBuilder(count * 8);
    int written = 0;
    int current = sentenceStarts.pick(random);
    while (true) {
      String word = words.get(current);
      if (written > 0) {
        text.append(' ');
      }
      text.append(word);
      written++;
      boolean end = endsSentence(word);
      if (end && written >= count) {
        return text.toString();
      }
      if (!end && written >= count + 40) {
        return text.append('.').toString();
      }
      IntList next = followers.get(current);
      current = end || next.size == 0 ? sentenceStarts.pick(random) : next.pick(random);
    }
  }

  /** A run of {@code count} words without the closing punctuation: a title. */
  String phrase(SplittableRandom random, int count) {
    StringBuilder text = new StringBuilder();
    int current = sentenceStarts.pick(random);
    for (int i = 0; i < count; i++) {
      String word = words.get(current);
      if (i > 0) {
        text.append(' ');
      }
      text.append(word.replaceAll("[.,;:!?]+$", ""));
      IntList next = followers.get(current);
      if (endsSentence(word) || next.size == 0) {
        break;
      }
      current = next.pick(random);
    }
    return text.toString();
  }

  private int id(String token) {
    Integer id = ids.get(token);
    if (id == null) {
      id = words.size();
      ids.put(token, id);
      words.add(token);
      followers.add(new IntList());
    }
    return id;
  }

  private static boolean endsSentence(String word) {
    char last = word.charAt(word.length() - 1);
    return last == '.' || last == '?' || last == '!';
  }

  /** A growable list of ints; picking uniformly from it samples by observed frequency. */
  static final class IntList {
    private int[] values = new int[4];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int pick(SplittableRandom random) {
      return values[random.nextInt(size)];
    }
  }
}
