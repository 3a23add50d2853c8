package nl.buurtkennis.yaml;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.validation.ProblemMessage;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a front matter that is not valid YAML as a whole field by field, so that one syntax error
 * does not hide the problems of every other field. The text is cut at each top-level key (a
 * {@code key:} at the start of a line, with the lines below it up to the next one), and each part
 * is read on its own by {@link YamlReader}, at its own lines. A line that names a known field
 * but is no top-level key, indented ({@code "  type: practice"}) or without its ':' ({@code
 * "summary Een korte samenvatting."}), is where the syntax error is: that field counts as given
 * but unreadable, so it is not also reported as missing, each such line is reported (not only
 * the first, which reading the whole text reports), and the part above it ends there.
 */
public final class FieldByField {
  /** A top-level key: at the start of its line, followed by ':' and a space or the line's end. */
  private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)[ \\t]*:(?=\\s|$)");
  /**
   * The parts read at most: each is read with the whole text's lines (blank but its own), so a
   * front matter of many thousands of keys would take quadratic time. A document has twenty
   * fields; keys past this many are counted as given but not read.
   */
  static final int MAX_PARTS = 50;
  /** A known field's name where YAML cannot read it as a key: indented, or without its ':'. */
  private static final Pattern MISPLACED_KEY =
      Pattern.compile("(?:[ \\t]+([A-Za-z_][A-Za-z0-9_]*)[ \\t]*:(?=\\s|$)|([A-Za-z_][A-Za-z0-9_]*)\\s)");

  /**
   * What could be read.
   *
   * @param fields the fields that are valid YAML on their own, as one mapping; empty when none is
   * @param unreadable the keys of the other fields, each with the line of the file it starts on
   */
  public record Read(Optional<Node> fields, Map<String, Integer> unreadable) {}

  private FieldByField() {}

  /**
   * Reads {@code yaml} field by field; each field's own problems are reported, but for those on
   * {@code reportedLines}, which reading it as a whole told already.
   *
   * @param lineOffset number of file lines before the first line of {@code yaml}
   */
  public static Read read(String yaml, int lineOffset, List<String> knownFields,
      Set<Integer> reportedLines, YamlMap.Problems problems) {
    String[] lines = yaml.split("\n", -1);
    YamlMap.Problems untold = (line, message) -> {
      if (reportedLines.add(line)) {
        problems.report(line, message);
      }
    };
    List<NodeTuple> tuples = new ArrayList<>();
    Map<String, Integer> unreadable = new LinkedHashMap<>();
    MappingNode first = null;
    int start = -1;
    int parts = 0;
    for (int i = 0; i <= lines.length; i++) {
      String misplaced = i < lines.length ? misplacedField(lines[i], knownFields) : null;
      boolean keyLine = i < lines.length && (misplaced != null
          || KEY.matcher(lines[i]).lookingAt());
      if (start >= 0 && (keyLine || i == lines.length)) {
        Optional<Node> part = ++parts > MAX_PARTS ? Optional.empty()
            : YamlReader.compose(only(lines, start, i), lineOffset, untold);
        if (part.isPresent() && part.get() instanceof MappingNode mapping
            && !mapping.getValue().isEmpty()) {
          tuples.addAll(mapping.getValue());
          first = first == null ? mapping : first;
        } else {
          Matcher key = KEY.matcher(lines[start]);
          key.lookingAt();
          unreadable.putIfAbsent(key.group(1), start + 1 + lineOffset);
        }
      }
      if (misplaced != null) {
        unreadable.putIfAbsent(misplaced, i + 1 + lineOffset);
        reportMisplaced(lines[i], misplaced, i + 1 + lineOffset, untold);
        start = -1;
      } else if (keyLine) {
        start = i;
      }
    }
    if (first == null) {
      return new Read(Optional.empty(), unreadable);
    }
    return new Read(Optional.of(new MappingNode(Tag.MAP, true, tuples, first.getStartMark(),
        first.getEndMark(), DumperOptions.FlowStyle.BLOCK)), unreadable);
  }

  /**
   * Tells why YAML cannot read a known field's line as a key, as reading the whole text does for
   * the first such line only: a second one would otherwise show only once the first is mended.
   */
  private static void reportMisplaced(String line, String field, int lineNumber,
      YamlMap.Problems untold) {
    if (Character.isWhitespace(line.charAt(0))) {
      untold.report(lineNumber, "yaml.indented.field", field);
    } else {
      untold.report(lineNumber, "yaml.simplekey");
    }
  }

  /** The known field a line names where YAML cannot read it as a key, or null. */
  private static String misplacedField(String line, List<String> knownFields) {
    Matcher key = MISPLACED_KEY.matcher(line);
    if (!key.lookingAt()) {
      return null;
    }
    String name = key.group(1) != null ? key.group(1) : key.group(2);
    return knownFields.contains(name) ? name : null;
  }

  /** The lines {@code from} to {@code to}, the others blank, so each keeps its line number. */
  private static String only(String[] lines, int from, int to) {
    String[] kept = new String[lines.length];
    Arrays.fill(kept, "");
    System.arraycopy(lines, from, kept, from, to - from);
    return String.join("\n", kept);
  }

  /** The {@link YamlMap} of what {@link #read} could read; empty when it read no field. */
  public static Optional<YamlMap> map(Read read, int lineOffset, YamlMap.Problems problems,
      ProblemMessage what) {
    return read.fields().flatMap(node -> YamlMap.of(node, lineOffset, problems, what))
        .map(map -> map.addUnreadable(read.unreadable()));
  }
}
