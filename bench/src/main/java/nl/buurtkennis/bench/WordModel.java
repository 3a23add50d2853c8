package nl.buurtkennis.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A bigram model of running text: which word follows which, as often as it does in the text it was
 * trained on (one real document, or all of one language's).
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

  /** A word that starts a sentence, by how often it does. */
  String start(SplittableRandom random) {
    return words.get(sentenceStarts.pick(random));
  }

  /** A word that follows {@code word}, by how often it does; null when none ever does. */
  String follower(String word, SplittableRandom random) {
    Integer id = ids.get(word);
    if (id == null || followers.get(id).size == 0) {
      return null;
    }
    return words.get(followers.get(id).pick(random));
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

  static boolean endsSentence(String word) {
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
