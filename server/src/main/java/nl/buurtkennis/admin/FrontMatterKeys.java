package nl.buurtkennis.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level keys of an uploaded front matter as written, to tell what the form would
 * otherwise lose: a key given twice (YAML keeps only the last value), and a Dutch name for a field,
 * from an explicit list ({@link #DUTCH_NAMES}, also in the guide), whose value the form carries
 * into that field. No guessing beyond that list.
 */
final class FrontMatterKeys {
  /**
   * Dutch names librarians write for fields, each with the field it stands for; a list field
   * under its plural and its singular ({@code auteur: Jan Jansen}, the guide's own example).
   */
  static final Map<String, String> DUTCH_NAMES = Map.ofEntries(
      Map.entry("titel", "title"), Map.entry("soort", "type"), Map.entry("taal", "language"),
      Map.entry("jaar", "year"), Map.entry("samenvatting", "summary"),
      Map.entry("bewijskracht", "evidence"), Map.entry("bron", "source"),
      Map.entry("webadres", "url"), Map.entry("plaatsen", "places"), Map.entry("plaats", "places"),
      Map.entry("organisaties", "organisations"), Map.entry("organisatie", "organisations"),
      Map.entry("auteurs", "authors"), Map.entry("auteur", "authors"),
      Map.entry("trefwoorden", "keywords"), Map.entry("trefwoord", "keywords"),
      Map.entry("vertaling", "translation"));

  private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)[ \\t]*:(?=\\s|$)");

  private FrontMatterKeys() {}

  /** The keys that start more than one line of {@code yaml}, in the order first repeated. */
  static List<String> repeated(String yaml) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    List<String> repeated = new ArrayList<>();
    for (String line : yaml.split("\n", -1)) {
      Matcher key = KEY.matcher(line);
      if (key.lookingAt() && counts.merge(key.group(1), 1, Integer::sum) == 2) {
        repeated.add(key.group(1));
      }
    }
    return repeated;
  }

  /** The field a Dutch key stands for, or null. */
  static String fieldOfDutch(String key) {
    return DUTCH_NAMES.get(key.toLowerCase(java.util.Locale.ROOT));
  }
}
