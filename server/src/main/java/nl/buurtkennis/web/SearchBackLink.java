package nl.buurtkennis.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The document page's link back to the search a hit was opened from. That search arrives as the
 * document page's {@code search}: a query string inside a query string, which anyone can write.
 * So the link is built anew from what it says, never copied: the search page's own parameters
 * only, each percent-encoded as the search page encodes its links ({@link SearchUrls#encode}),
 * with the document page's language. A search that cannot be read (a malformed escape, or longer
 * than a hit's link carries) leads back to the search page itself.
 */
final class SearchBackLink {
  /** What the back link keeps of a search: what the search page reads, but its language. */
  private static final Set<String> KEPT = SearchParams.SEARCH.stream()
      .filter(name -> !name.equals("lang")).collect(Collectors.toUnmodifiableSet());

  private SearchBackLink() {}

  /** The search page for {@code search} (a query string, or null) in {@code lang}. */
  static String to(String search, String lang) {
    List<String> parts = new ArrayList<>(parameters(search));
    if ("en".equals(lang)) {
      parts.add("lang=en");
    }
    return parts.isEmpty() ? "/" : "/?" + String.join("&", parts);
  }

  /** The search's parameters in their order, encoded anew; none when it cannot be read. */
  private static List<String> parameters(String search) {
    if (search == null || search.length() > PageController.MAX_BACK_CHARS) {
      return List.of();
    }
    List<String> parts = new ArrayList<>();
    Set<String> given = new HashSet<>();
    for (String pair : search.split("&")) {
      int equals = pair.indexOf('=');
      String name;
      String value;
      try {
        name = decoded(equals < 0 ? pair : pair.substring(0, equals));
        value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
      } catch (IllegalArgumentException malformed) {
        return List.of();
      }
      // a value given twice where the search page takes one would be refused: the first stays
      if (KEPT.contains(name)
          && (given.add(name) || !QueryLimits.SINGLE_VALUED.contains(name))) {
        parts.add(name + "=" + SearchUrls.encode(value));
      }
    }
    return parts;
  }

  /** A value of a query string as the search page reads it: a {@code +} is a space. */
  private static String decoded(String encoded) {
    return PercentDecoding.strict(encoded.replace('+', ' '));
  }
}
