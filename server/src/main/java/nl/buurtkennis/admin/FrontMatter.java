package nl.buurtkennis.admin;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.corpus.DocumentParser;
import nl.buurtkennis.corpus.FrontMatterEnd;
import nl.buurtkennis.yaml.LineSeparators;
import nl.buurtkennis.yaml.TypographicQuotes;
import nl.buurtkennis.yaml.YamlReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A lenient first look at a Markdown document: its front matter as plain values and its body. Only
 * used to find a document's id and to fill the console's form; whether a document is valid is
 * decided by the corpus validation alone.
 *
 * @param fields the front matter's fields; empty when it is not valid YAML (see {@link #yaml})
 * @param yaml the text between the two '---' lines as it is (its first line is line 2 of the
 *     file); empty without front matter
 * @param yamlBroken whether that text is not valid YAML, or holds something other than fields
 */
record FrontMatter(Map<String, Object> fields, String body, boolean hasFrontMatter,
    boolean yamlBroken, String yaml) {
  private static final Pattern KEY = Pattern.compile("([A-Za-z_]+)\\s*:");

  static FrontMatter read(byte[] bytes) {
    return read(new String(bytes, StandardCharsets.UTF_8));
  }

  static FrontMatter read(String raw) {
    String text = raw.startsWith("\uFEFF") ? raw.substring(1) : raw;
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals("---")) {
      return new FrontMatter(Map.of(), text, false, false, "");
    }
    // a front matter closed with '...' is read as closed, its problem told by the validation
    OptionalInt closing = FrontMatterEnd.of(lines);
    if (closing.isEmpty()) {
      return new FrontMatter(Map.of(), text, false, false, "");
    }
    int i = closing.getAsInt();
    // read as the validation reads it, which tells of the typographic quotes
    String yaml = TypographicQuotes.straightened(
        String.join("\n", java.util.List.of(lines).subList(1, i)), 2, null);
    String body = String.join("\n", java.util.List.of(lines).subList(i + 1, lines.length));
    Map<String, Object> fields = load(yaml);
    return new FrontMatter(fields == null ? Map.of() : fields, body, true, fields == null, yaml);
  }

  /** Whether the first line of the file is the '---' that opens a front matter. */
  static boolean opensFrontMatter(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
    return text.lines().findFirst().map(l -> l.strip().equals("---")).orElse(false);
  }

  /** The id, when the front matter gives one in the valid form. */
  Optional<String> id() {
    Object id = fields.get("id");
    if (id instanceof String || id instanceof Number) {
      String text = String.valueOf(id);
      return DocumentParser.ID.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The front matter key whose value covers {@code line} of {@code text} (the nearest
   * {@code key:} line at or above it), {@link DraftForm#BODY} past the front matter, else null.
   */
  static String keyAtLine(String text, int line) {
    return keyAtLine(text, line, true);
  }

  /**
   * As {@link #keyAtLine(String, int)}; with {@code byKey} false only the body is told apart, for
   * a front matter that is not valid YAML, whose lines belong to no key.
   */
  static String keyAtLine(String text, int line, boolean byKey) {
    String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    if (lines.length == 0 || !lines[0].replace("\uFEFF", "").strip().equals("---")) {
      return null;
    }
    OptionalInt closing = FrontMatterEnd.of(lines);
    if (closing.isPresent() && line > closing.getAsInt()) {
      // the closing line itself is the body's (its absence is told there), but for a '...',
      // which is told at the top: the form closes the front matter itself
      return line == closing.getAsInt() + 1 && FrontMatterEnd.isDots(lines[line - 1]) ? null
          : DraftForm.BODY;
    }
    if (!byKey) {
      return null;
    }
    for (int i = Math.min(line, lines.length) - 1; i >= 1; i--) {
      Matcher key = KEY.matcher(lines[i]);
      if (key.lookingAt()) {
        return key.group(1);
      }
    }
    return null;
  }

  /**
   * The fields of the file as far as they can be read: those of the front matter when it is valid
   * YAML, else what {@link FrontMatterLines} reads of it key by key.
   */
  FrontMatterLines.Read readable() {
    FrontMatterLines.Read read = yamlBroken ? FrontMatterLines.read(yaml)
        : new FrontMatterLines.Read(fields, Map.of());
    Map<String, Object> whole = new LinkedHashMap<>(read.fields());
    CommentedValues.of(yaml, read.fields()).forEach((key, value) -> whole.put(key, value.value()));
    return new FrontMatterLines.Read(whole, read.unsure());
  }

  /**
   * The text values YAML cut short at a {@code " #"}, read whole ({@link CommentedValues}), of a
   * front matter that is valid YAML or read key by key.
   */
  Map<String, CommentedValues.Whole> cutAtComments() {
    return CommentedValues.of(yaml, yamlBroken ? FrontMatterLines.read(yaml).fields() : fields);
  }

  /** The keys the front matter gives more than once, of which YAML keeps only the last value. */
  java.util.List<String> repeatedKeys() {
    return FrontMatterKeys.repeated(yaml);
  }

  /**
   * The fields; empty when the YAML is empty, null when it is not valid YAML, holds an anchor or
   * alias, which the corpus refuses, or holds something other than fields (a list, a lone text),
   * which the form cannot show as such.
   */
  private static Map<String, Object> load(String yaml) {
    if (YamlReader.repeatsValues(yaml)) {
      return null; // YAML would drop the first word of 'title: &Buurt preventie'
    }
    try {
      // SafeConstructor builds only plain maps, lists and scalars; LoaderOptions' defaults cap
      // aliases, so an alias bomb is refused.
      Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(LineSeparators.asSpaces(yaml));
      if (loaded instanceof Map<?, ?> map) {
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((k, v) -> fields.put(String.valueOf(k), v));
        return fields;
      }
      return loaded == null ? Map.of() : null;
    } catch (YAMLException e) {
      return null; // the validation reports it with its line
    }
  }
}
