package nl.buurtkennis.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.corpus.DocumentParser;
import nl.buurtkennis.yaml.LineSeparators;
import nl.buurtkennis.yaml.YamlReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads what it can of a front matter that is not valid YAML as a whole, so that one syntax error
 * in an uploaded file does not cost the librarian every other field. The front matter is cut into
 * its top-level keys (a {@code key:} line at the start of a line and the lines below it up to the
 * next such line), and each key is read on its own: as YAML when that part is valid YAML (with
 * leading tabs taken as spaces when that is what keeps it from being so) unless it holds an
 * anchor or alias, else leniently (a
 * {@code [a, b} list without its bracket, a text with an unclosed quote). A key read any way but
 * as the file wrote it is marked unsure, with its line, for the librarian to check. A front matter
 * holds no nested keys, so an indented line that starts with the name of a document field is
 * taken as that field, indented by mistake.
 *
 * <p>Only fills the console's form; the validation alone decides whether a document is valid.
 */
final class FrontMatterLines {
  /** A top-level key: at the start of its line, followed by ':' and a space or the line's end. */
  private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)[ \\t]*:(?=\\s|$)");
  private static final Pattern LEADING_TABS = Pattern.compile("(?m)^[ \\t]+");

  /**
   * What could be read.
   *
   * @param fields the values by key, as YAML gives them (text, numbers, lists)
   * @param unsure the keys whose value was read leniently, each with the line of the file it
   *     starts on (the front matter's first line being line 2)
   */
  record Read(Map<String, Object> fields, Map<String, Integer> unsure) {}

  private FrontMatterLines() {}

  /** @param yaml the text between the two '---' lines of a file, its first line being line 2 */
  static Read read(String yaml) {
    String[] lines = yaml.split("\n", -1);
    Map<String, Object> fields = new LinkedHashMap<>();
    Map<String, Integer> unsure = new LinkedHashMap<>();
    int start = -1;
    for (int i = 0; i <= lines.length; i++) {
      boolean keyLine = i < lines.length && (KEY.matcher(lines[i]).lookingAt()
          || indentedField(lines[i]));
      if (start >= 0 && (keyLine || i == lines.length)) {
        readKey(lines, start, i, fields, unsure);
        start = -1;
      }
      if (keyLine) {
        start = i;
      }
    }
    return new Read(fields, unsure);
  }

  /** Whether {@code line} is indented and starts with the name of a document field and ':'. */
  private static boolean indentedField(String line) {
    Matcher key = KEY.matcher(line.stripLeading());
    return !line.isEmpty() && Character.isWhitespace(line.charAt(0)) && key.lookingAt()
        && DocumentParser.FIELDS.contains(key.group(1));
  }

  /** Reads the key of {@code lines[from]} with the lines below it up to {@code to}. */
  private static void readKey(String[] lines, int from, int to, Map<String, Object> fields,
      Map<String, Integer> unsure) {
    String first = lines[from].stripLeading();
    Matcher key = KEY.matcher(first);
    key.lookingAt();
    String name = key.group(1);
    int fileLine = from + 2;
    if (fields.containsKey(name)) {
      unsure.putIfAbsent(name, fileLine); // given twice: the first is kept, the file shows both
      return;
    }
    if (first.length() != lines[from].length()) {
      unsure.put(name, fileLine);
    }
    List<String> below = List.of(lines).subList(from + 1, to);
    String part = first + (below.isEmpty() ? "" : "\n" + String.join("\n", below));
    Object value = asYaml(part, name);
    if (value == NOT_YAML) {
      // tabs are no indentation in YAML; read as spaces they usually give what was meant
      value = asYaml(LEADING_TABS.matcher(part).replaceAll(m -> m.group().replace("\t", "  ")),
          name);
      unsure.put(name, fileLine);
    }
    if (value == NOT_YAML) {
      value = leniently(first.substring(key.end()), below);
    }
    fields.put(name, value);
  }

  private static final Object NOT_YAML = new Object();

  /** The value of {@code name} in {@code part}, or {@link #NOT_YAML}. */
  private static Object asYaml(String part, String name) {
    if (YamlReader.repeatsValues(part)) {
      return NOT_YAML; // read as text, '&Buurt preventie' whole
    }
    try {
      Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(LineSeparators.asSpaces(part));
      if (loaded instanceof Map<?, ?> map && map.size() == 1 && map.containsKey(name)) {
        return map.get(name);
      }
    } catch (YAMLException e) {
      // read leniently instead
    }
    return NOT_YAML;
  }

  /**
   * A value as a librarian meant it, without YAML: a list in brackets (closed or not), a list of
   * '-' items, or else a text, its lines joined.
   */
  private static Object leniently(String rest, List<String> below) {
    String first = rest.strip();
    if (first.startsWith("[")) {
      StringBuilder flow = new StringBuilder(first.substring(1));
      below.forEach(line -> flow.append(',').append(line));
      String inside = flow.toString().strip();
      if (inside.endsWith("]")) {
        inside = inside.substring(0, inside.length() - 1);
      }
      return items(List.of(inside.split(",")));
    }
    List<String> dashed = below.stream().map(String::strip).filter(l -> l.startsWith("-"))
        .map(l -> l.substring(1)).toList();
    if (first.isEmpty() && !dashed.isEmpty()) {
      return items(dashed);
    }
    StringBuilder text = new StringBuilder(first);
    below.stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(l ->
        text.append(text.length() == 0 ? "" : " ").append(l));
    return unquote(text.toString());
  }

  private static List<String> items(List<String> raw) {
    List<String> items = new ArrayList<>();
    for (String item : raw) {
      String value = unquote(item.strip());
      if (!value.isEmpty()) {
        items.add(value);
      }
    }
    return items;
  }

  /** Without the quotes around a text, or the one quote that opens it unclosed. */
  private static String unquote(String text) {
    String value = text.strip();
    for (String quote : List.of("\"", "'")) {
      if (value.startsWith(quote)) {
        value = value.substring(1);
        if (value.endsWith(quote)) {
          value = value.substring(0, value.length() - 1);
        }
        return value.strip();
      }
    }
    return value;
  }
}
