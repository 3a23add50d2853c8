package nl.buurtkennis.analysis;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dutch suspended compounds (samentrekking): {@code hang- en sluitwerk} says {@code hangwerk en
 * sluitwerk}, {@code buurt- en wijkschouwen} {@code buurtschouwen en wijkschouwen}. A word ending
 * in a hyphen, followed by {@code en}, {@code of}, {@code tot} or {@code en/of} (or by more such
 * words and commas: {@code PDF-, Word- of OpenDocument-bestand}) and a compound, is completed
 * with the compound's last part, as {@link DutchCompounds} reads it (the part after its last
 * hyphen, split again while it splits: {@code preventieteams} of {@code buurtpreventieteams} gives
 * {@code teams}). Where the compound cannot be split into listed words, the text stays as written
 * ({@code wet- en regelgeving}, {@code in- en uitsluiting}). Without the completion the bare first
 * word ({@code hang}) matched unrelated words ({@code hangt}, the part of {@code hangjongeren}).
 */
public final class SuspendedCompounds {
  /**
   * A hyphen after a letter that ends a word, followed by a conjunction (perhaps after more such
   * words) and the compound (group 1), which ends where its letters and hyphens do.
   */
  private static final Pattern SUSPENDED = Pattern.compile(
      "(?<=\\p{L})-(?=,?\\s+(?:\\p{L}+-,?\\s+)*(?i:en/of|en|of|tot)\\s+"
          + "(\\p{L}+(?:-\\p{L}+)*)(?![\\p{L}\\p{N}-]))");

  private SuspendedCompounds() {}

  /** Where a hyphen of the text stands for a compound's last part, and that part. */
  record Completion(int hyphen, String lastPart) {}

  /** {@code text} with each suspended word completed: {@code hangwerk en sluitwerk}. */
  public static String completed(String text) {
    return completed(text, (wordEnd, hyphen) -> { });
  }

  /** Told of each completion: where the completed word ends, and where its hyphen stood. */
  @FunctionalInterface
  interface CompletedWord {
    void at(int wordEnd, int hyphen);
  }

  /** {@code text} completed, {@code each} told of each completed word as it is written. */
  static String completed(String text, CompletedWord each) {
    List<Completion> completions = find(text);
    if (completions.isEmpty()) {
      return text;
    }
    StringBuilder completed = new StringBuilder(text.length() + 16 * completions.size());
    int from = 0;
    for (Completion completion : completions) {
      completed.append(text, from, completion.hyphen()).append(completion.lastPart());
      each.at(completed.length(), completion.hyphen());
      from = completion.hyphen() + 1;
    }
    return completed.append(text, from, text.length()).toString();
  }

  /**
   * {@code in} read with each suspended word completed, the completed word's offsets those of the
   * word as written, without its hyphen (for highlighting).
   */
  static Reader reader(Reader in) {
    return new SuspendedCompoundsReader(in);
  }

  /**
   * Where the suspended words of {@code text} end, in the order of the text: at the hyphens
   * that the compound after them completes ({@code hang} of {@code hang- en sluitwerk} ends at
   * 4), which is where the completed word ends for the offsets ({@link #reader}).
   */
  public static int[] suspendedWordEnds(CharSequence text) {
    return find(text).stream().mapToInt(Completion::hyphen).toArray();
  }

  /** The completions in {@code text}, in the order of the text. */
  static List<Completion> find(CharSequence text) {
    List<Completion> found = new ArrayList<>();
    if (text.length() < 4) {
      return found;
    }
    // The pattern is tried only at the open hyphens, where its match (the hyphen alone) can
    // start, its look-behind seeing the text before them: the same matches as find() over the
    // whole text, which tried the pattern at every character of a text that had one.
    Matcher hyphen = null;
    for (int i = openHyphen(text, 1); i >= 0; i = openHyphen(text, i + 1)) {
      if (hyphen == null) {
        hyphen = SUSPENDED.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      hyphen.region(i, text.length());
      if (hyphen.lookingAt()) {
        String lastPart = lastPart(hyphen.group(1));
        if (lastPart != null) {
          found.add(new Completion(hyphen.start(), lastPart));
        }
      }
    }
    return found;
  }

  /**
   * The first hyphen from {@code from} on that stands before a comma or a space, as a suspended
   * word's does, or -1: where the pattern can match. Most hyphens join words ({@code sms-alert}).
   */
  private static int openHyphen(CharSequence text, int from) {
    for (int i = hyphen(text, Math.max(from, 1)); i >= 0 && i + 1 < text.length();
        i = hyphen(text, i + 1)) {
      char after = text.charAt(i + 1);
      if (after == ',' || Character.isWhitespace(after)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first hyphen from {@code from} on, or -1; in a String (a highlighted body) by String's
   * own search for a character.
   */
  private static int hyphen(CharSequence text, int from) {
    if (text instanceof String string) {
      return string.indexOf('-', from);
    }
    for (int i = from; i < text.length(); i++) {
      if (text.charAt(i) == '-') {
        return i;
      }
    }
    return -1;
  }

  /**
   * The last part of {@code compound}, lower case and without diacritics ({@code werk} of
   * {@code sluitwerk}), or null where it is no compound of listed words.
   */
  static String lastPart(String compound) {
    int lastHyphen = compound.lastIndexOf('-');
    String last = lastHyphen >= 0 ? compound.substring(lastHyphen + 1) : null;
    String word = last != null ? last : compound;
    String part = last != null ? DutchCompounds.fold(last) : null;
    while (true) {
      List<String> parts = DutchCompounds.segments(word);
      if (parts.isEmpty() || DutchCompounds.hasUnknownPart(word)) {
        return part;
      }
      part = parts.get(parts.size() - 1);
      word = part;
    }
  }
}
