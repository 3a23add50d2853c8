package nl.buurtkennis.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads whole the text values of a valid front matter that YAML cut short at a {@code " #"}, which
 * starts a comment in a value without quotes: of {@code title: Buurt #1 bemiddeling} YAML gives
 * {@code Buurt}, the librarian meant all of it. The validation refuses such a file; the form is to
 * hold what was meant, and writes it quoted itself.
 *
 * <p>Only free-text fields, as in the validation: ids, years and web addresses cannot hold
 * {@code " #"}, so a comment after them is taken as one.
 */
final class CommentedValues {
  private static final List<String> TEXT_FIELDS = List.of("title", "summary", "source", "places",
      "organisations", "authors", "keywords");
  private static final Pattern KEY_LINE =
      Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)[ \\t]*:[ \\t]*(.*)");

  /** A value read whole, and the line of the file it is on. */
  record Whole(String value, int line) {}

  private CommentedValues() {}

  /**
   * The whole values by key of the fields that YAML cut at a comment, in a front matter that is
   * valid YAML or in one read key by key ({@link FrontMatterLines}); a key may be one of the
   * Dutch names of a field ({@link FrontMatterKeys#DUTCH_NAMES}), whose value the form carries.
   *
   * @param yaml the front matter, its first line being line 2 of the file
   * @param fields its fields as YAML read them
   */
  static Map<String, Whole> of(String yaml, Map<String, Object> fields) {
    Map<String, Whole> whole = new LinkedHashMap<>();
    String[] lines = yaml.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher line = KEY_LINE.matcher(lines[i]);
      if (!line.matches() || !TEXT_FIELDS.contains(fieldOf(line.group(1)))
          || whole.containsKey(line.group(1))) {
        continue;
      }
      String key = line.group(1);
      String rest = line.group(2).strip();
      Object value = fields.get(key);
      // a value that is all comment ('title:  # nog bedenken') is a placeholder, not a value: the
      // field stays empty, as the validation says
      boolean cut = value instanceof String text && !text.isEmpty()
          && rest.startsWith(text) && rest.substring(text.length()).matches("\\s+#.*");
      if (cut) {
        whole.put(key, new Whole(rest, i + 2));
      }
    }
    return whole;
  }

  /** The field {@code key} stands for: itself, or the field of a Dutch name for it. */
  private static String fieldOf(String key) {
    String field = FrontMatterKeys.fieldOfDutch(key);
    return field == null ? key : field;
  }
}
