package nl.buurtkennis.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping read from SnakeYAML's node tree, so that every value keeps the line it stands on.
 * Problems are reported to a {@link Problems} sink instead of thrown, so one pass finds them all.
 */
public final class YamlMap {
  private final Map<String, Node> values = new LinkedHashMap<>();
  private final Map<String, Integer> keyLines = new LinkedHashMap<>();
  private final int line;
  private final int lineOffset;
  private final Problems problems;

  /** Receives a problem with the line (1-based, in the file) where it was found. */
  @FunctionalInterface
  public interface Problems {
    void report(int line, String message);
  }

  private YamlMap(MappingNode node, int lineOffset, Problems problems) {
    this.lineOffset = lineOffset;
    this.problems = problems;
    this.line = lineOf(node);
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      int keyLine = lineOf(keyNode);
      if (!(keyNode instanceof ScalarNode key)) {
        problems.report(keyLine, "a field name must be plain text");
        continue;
      }
      if (values.containsKey(key.getValue())) {
        problems.report(keyLine, "field '" + key.getValue() + "' is given twice");
        continue;
      }
      values.put(key.getValue(), tuple.getValueNode());
      keyLines.put(key.getValue(), keyLine);
    }
  }

  /**
   * Wraps {@code node} as a mapping; reports a problem and returns empty when it is something else.
   *
   * @param lineOffset number of file lines before the first line of this YAML text
   */
  public static Optional<YamlMap> of(Node node, int lineOffset, Problems problems, String what) {
    if (node instanceof MappingNode mapping) {
      return Optional.of(new YamlMap(mapping, lineOffset, problems));
    }
    problems.report(node == null ? lineOffset + 1 : node.getStartMark().getLine() + 1 + lineOffset,
        what + " must be a set of 'name: value' fields");
    return Optional.empty();
  }

  public int line() {
    return line;
  }

  public int lineOf(String key) {
    return keyLines.getOrDefault(key, line);
  }

  public boolean has(String key) {
    return values.containsKey(key);
  }

  /** Reports every key that is not in {@code known}. */
  public void rejectUnknownKeys(List<String> known, String where) {
    for (String key : values.keySet()) {
      if (!known.contains(key)) {
        problems.report(lineOf(key), "unknown field '" + key + "'" + where + "; known fields are: "
            + String.join(", ", known));
      }
    }
  }

  /** A required, non-empty text value. */
  public Optional<String> requiredText(String key) {
    if (!values.containsKey(key)) {
      problems.report(line, "required field '" + key + "' is missing");
      return Optional.empty();
    }
    Optional<String> text = optionalText(key);
    if (text.isPresent() && text.get().isBlank()) {
      problems.report(lineOf(key), "field '" + key + "' must not be empty");
      return Optional.empty();
    }
    if (text.isEmpty() && isNull(values.get(key))) {
      problems.report(lineOf(key), "field '" + key + "' must not be empty");
    }
    return text;
  }

  /** An optional text value; empty when absent or null. */
  public Optional<String> optionalText(String key) {
    Node node = values.get(key);
    if (node == null || isNull(node)) {
      return Optional.empty();
    }
    if (node instanceof ScalarNode scalar) {
      return Optional.of(scalar.getValue().strip());
    }
    problems.report(lineOf(key), "field '" + key + "' must be a single text value, not a "
        + kind(node));
    return Optional.empty();
  }

  /** A text value of a list with the line it stands on, which need not be the line of its field. */
  public record Item(String text, int line) {}

  /** An optional list of text values; a missing field or null is an empty list. */
  public List<String> textList(String key) {
    return textItems(key).stream().map(Item::text).toList();
  }

  /** Like {@link #textList}, each value with its own line. */
  public List<Item> textItems(String key) {
    Node node = values.get(key);
    List<Item> result = new ArrayList<>();
    if (node == null || isNull(node)) {
      return result;
    }
    if (!(node instanceof SequenceNode sequence)) {
      problems.report(lineOf(key), "field '" + key + "' must be a list, e.g. " + key
          + ": [first, second]");
      return result;
    }
    for (Node item : sequence.getValue()) {
      if (!(item instanceof ScalarNode scalar)) {
        problems.report(lineOf(item), "field '" + key + "' may only hold plain text values, not a "
            + kind(item) + "; write the list as " + key + ": [first, second]");
      } else if (isNull(item) || scalar.getValue().isBlank()) {
        problems.report(lineOf(item), "field '" + key + "' has an empty item; remove it or write"
            + " its value");
      } else {
        result.add(new Item(scalar.getValue().strip(), lineOf(item)));
      }
    }
    return result;
  }

  /** The node of a key as written, an empty value included. */
  public Optional<Node> valueNode(String key) {
    return Optional.ofNullable(values.get(key));
  }

  /** The raw node of a key, for values with a shape of their own (nested maps, lists of maps). */
  public Optional<Node> node(String key) {
    return Optional.ofNullable(values.get(key)).filter(n -> !isNull(n));
  }

  /** The items of a list of mappings. */
  public List<YamlMap> mapList(String key, String what) {
    List<YamlMap> result = new ArrayList<>();
    Node node = values.get(key);
    if (node == null || isNull(node)) {
      return result;
    }
    if (!(node instanceof SequenceNode sequence)) {
      problems.report(lineOf(key), "field '" + key + "' must be a list of " + what);
      return result;
    }
    for (Node item : sequence.getValue()) {
      of(item, lineOffset, problems, "each of " + what).ifPresent(result::add);
    }
    return result;
  }

  /** A nested mapping. */
  public Optional<YamlMap> map(String key) {
    Node node = values.get(key);
    if (node == null || isNull(node)) {
      return Optional.empty();
    }
    return of(node, lineOffset, problems, "field '" + key + "'");
  }

  public int lineOf(Node node) {
    return node.getStartMark().getLine() + 1 + lineOffset;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
  }

  private static String kind(Node node) {
    if (node instanceof SequenceNode) {
      return "list";
    }
    if (node instanceof MappingNode) {
      return "set of fields";
    }
    return "value";
  }
}
