package nl.buurtkennis.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values between typographic quotes ({@code title: “Veilig wonen”}), as Word and many editors
 * type them. YAML quotes only with straight quotes, so such a value is read as text that holds
 * the quote marks (a title “Veilig wonen” with them, on every page and in every citation), or,
 * with a {@code ": "} inside, not at all. Each such line is reported; the text is then read as if
 * the quotes were straight, so the line's other problems (and the form in the console) get the
 * value the writer meant, and not a second message about the same quotes.
 */
public final class TypographicQuotes {
  /**
   * A field line (at the start of the line: an indented one may be a line of a text) or a list
   * item line, its value apart.
   */
  private static final Pattern VALUE = Pattern.compile(
      "^([A-Za-z_][A-Za-z0-9_]*[ \\t]*:[ \\t]+|[ \\t]*-[ \\t]+)(.+?)\\s*$");
  private static final String OPENING = "“”„‘’‚«‹";
  private static final String CLOSING = "“”‘’»›‟";

  private TypographicQuotes() {}

  /**
   * {@code yaml} with the typographic quotes around each value made straight, each line that had
   * them reported to {@code problems} ({@code firstLine} is the file's line of the first line of
   * {@code yaml}); {@code problems} may be null, to read only.
   */
  public static String straightened(String yaml, int firstLine, YamlMap.Problems problems) {
    String[] lines = yaml.split("\n", -1);
    boolean changed = false;
    for (int i = 0; i < lines.length; i++) {
      Matcher m = VALUE.matcher(lines[i]);
      if (!m.matches()) {
        continue;
      }
      String value = m.group(2);
      char first = value.charAt(0);
      char last = value.charAt(value.length() - 1);
      if (value.length() < 2 || OPENING.indexOf(first) < 0 || CLOSING.indexOf(last) < 0) {
        continue;
      }
      if (problems != null) {
        problems.report(firstLine + i, "yaml.quote.typographic", String.valueOf(first),
            String.valueOf(last));
      }
      String inner = value.substring(1, value.length() - 1);
      String quote = !inner.contains("\"") && !inner.contains("\\") ? "\""
          : !inner.contains("'") ? "'" : null;
      if (quote != null) {
        lines[i] = m.group(1) + quote + inner + quote + lines[i].substring(m.end(2));
        changed = true;
      }
    }
    return changed ? String.join("\n", lines) : yaml;
  }
}
