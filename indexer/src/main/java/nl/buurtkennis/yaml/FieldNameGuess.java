package nl.buurtkennis.yaml;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The known field most likely meant by an unknown one: the same name in other capitals or with a
 * hyphen or space for the underscore ({@code Title}, {@code police-tasks}), another name given for
 * it ({@code auteur}: authors), or the one name a typing error or two away ({@code organizations},
 * {@code sumary}).
 */
final class FieldNameGuess {
  private FieldNameGuess() {}

  /**
   * @param otherNames names a librarian may write for a known field, by that name in lower case
   */
  static Optional<String> of(String typed, List<String> known, Map<String, String> otherNames) {
    String normal = typed.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    if (known.contains(normal)) {
      return Optional.of(normal);
    }
    String other = otherNames.get(normal);
    if (other != null && known.contains(other)) {
      return Optional.of(other);
    }
    int allowed = normal.length() >= 6 ? 2 : normal.length() >= 4 ? 1 : 0;
    for (int edits = 1; edits <= allowed; edits++) {
      int most = edits;
      List<String> within = known.stream().filter(name -> distance(normal, name) <= most).toList();
      if (!within.isEmpty()) {
        return within.size() == 1 ? Optional.of(within.get(0)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Letters added, left out or changed to make {@code b} of {@code a}; more than 2 where their
   * lengths differ by more (a key may be of any length, and a front matter may have thousands).
   */
  private static int distance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > 2) {
      return 3;
    }
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int changed = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(changed, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
