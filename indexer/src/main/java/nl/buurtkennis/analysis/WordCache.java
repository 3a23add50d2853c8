package nl.buurtkennis.analysis;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded, thread-safe cache of a pure function of a word (the server analyses queries on many
 * threads at once). Two generations: entries go into the young map; when it holds
 * {@code generationSize} words it becomes the old map and the previous old map is dropped, and a
 * word found only in the old map moves back to the young one. So frequent words stay and memory
 * never holds more than twice {@code generationSize} entries, without locks or bookkeeping per
 * hit.
 */
public final class WordCache<V> {
  private final int generationSize;
  private volatile Map<String, V> young = new ConcurrentHashMap<>();
  private volatile Map<String, V> old = Map.of();

  public WordCache(int generationSize) {
    this.generationSize = generationSize;
  }

  /** How a value is worked out from its word; it may throw what the work throws. */
  @FunctionalInterface
  public interface Computation<V, E extends Exception> {
    V of(String word) throws E;
  }

  /**
   * The cached value of {@code word}, or else the one {@code computation} works out, then kept
   * (a null one is returned but not kept). Two threads may work out the same word at once; both
   * get an equal value, as the function is pure.
   */
  public <E extends Exception> V computeIfAbsent(String word, Computation<V, E> computation)
      throws E {
    V value = get(word);
    if (value == null) {
      value = computation.of(word);
      if (value != null) {
        put(word, value);
      }
    }
    return value;
  }

  /** The cached value, or null. */
  public V get(String word) {
    V value = young.get(word);
    if (value == null) {
      value = old.get(word);
      if (value != null) {
        put(word, value);
      }
    }
    return value;
  }

  public void put(String word, V value) {
    Map<String, V> current = young;
    current.put(word, value);
    if (current.size() >= generationSize) {
      synchronized (this) {
        if (young == current) {
          old = current;
          young = new ConcurrentHashMap<>();
        }
      }
    }
  }
}
