package nl.buurtkennis.yaml;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtkennis.validation.ProblemMessage;
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
  /** Keys whose value is not valid YAML ({@link FieldByField}): present, but not to be checked. */
  private final Map<String, Integer> unreadable = new LinkedHashMap<>();
  private final int line;
  private final int lineOffset;
  private final Problems problems;

  /** Receives a problem with the line (1-based, in the file) where it was found. */
  @FunctionalInterface
  public interface Problems {
    void report(int line, ProblemMessage message);

    /** Reports the message {@code key} of the problems bundles with its arguments. */
    default void report(int line, String key, Object... arguments) {
      report(line, ProblemMessage.of(key, arguments));
    }
  }

  private YamlMap(MappingNode node, int lineOffset, Problems problems) {
    this.lineOffset = lineOffset;
    this.problems = problems;
    this.line = lineOf(node);
    for (NodeTuple tuple : node.getValue()) {
      Node keyNode = tuple.getKeyNode();
      int keyLine = lineOf(keyNode);
      if (!(keyNode instanceof ScalarNode key)) {
        problems.report(keyLine, "yaml.key.notplain");
        continue;
      }
      if (values.containsKey(key.getValue())) {
        problems.report(keyLine, "yaml.field.twice", ProblemMessage.field(key.getValue()));
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
  public static Optional<YamlMap> of(Node node, int lineOffset, Problems problems,
      ProblemMessage what) {
    if (node instanceof MappingNode mapping) {
      return Optional.of(new YamlMap(mapping, lineOffset, problems));
    }
    problems.report(node == null ? lineOffset + 1 : node.getStartMark().getLine() + 1 + lineOffset,
        "yaml.notmapping", what);
    return Optional.empty();
  }

  /** Adds keys whose value could not be read, each with its line, and returns this map. */
  YamlMap addUnreadable(Map<String, Integer> keys) {
    keys.forEach((key, keyLine) -> {
      if (!values.containsKey(key)) {
        unreadable.putIfAbsent(key, keyLine);
      }
    });
    return this;
  }

  /** Whether {@code key} is given with a value that could not be read, already reported. */
  public boolean unreadable(String key) {
    return unreadable.containsKey(key);
  }

  public int line() {
    return line;
  }

  public int lineOf(String key) {
    return keyLines.getOrDefault(key, unreadable.getOrDefault(key, line));
  }

  public boolean has(String key) {
    return values.containsKey(key) || unreadable.containsKey(key);
  }

  /** Reports every key that is not in {@code known}. */
  public void rejectUnknownKeys(List<String> known) {
    rejectUnknownKeys(known, Map.<String, String>of());
  }

  /**
   * Reports every key that is not in {@code known}, with the known one most likely meant where
   * there is one ({@link FieldNameGuess}).
   *
   * @param otherNames names a librarian may write for a known field, by that name in lower case
   */
  public void rejectUnknownKeys(List<String> known, Map<String, String> otherNames) {
    for (String key : keys()) {
      if (known.contains(key)) {
        continue;
      }
      Optional<String> meant = FieldNameGuess.of(key, known, otherNames);
      if (meant.isPresent()) {
        problems.report(lineOf(key), "yaml.field.unknown.near", key, String.join(", ", known),
            meant.get());
      } else {
        problems.report(lineOf(key), "yaml.field.unknown", key, String.join(", ", known));
      }
    }
  }

  /** Reports every key that is not in {@code known}, saying {@code where} the keys stand. */
  public void rejectUnknownKeys(List<String> known, ProblemMessage where) {
    for (String key : keys()) {
      if (!known.contains(key)) {
        problems.report(lineOf(key), "yaml.field.unknown.in", key, where,
            String.join(", ", known));
      }
    }
  }

  /** The keys in the order of their lines, those that could not be read too. */
  private List<String> keys() {
    Map<String, Integer> all = new LinkedHashMap<>(keyLines);
    all.putAll(unreadable);
    return all.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
        .toList();
  }

  /** A required, non-empty text value; nothing reported for one that could not be read. */
  public Optional<String> requiredText(String key) {
    if (unreadable.containsKey(key)) {
      return Optional.empty();
    }
    if (!values.containsKey(key)) {
      problems.report(line, "yaml.field.missing", ProblemMessage.field(key));
      return Optional.empty();
    }
    Optional<String> text = optionalText(key);
    if (text.isPresent() && text.get().isBlank()) {
      problems.report(lineOf(key), "yaml.field.empty", ProblemMessage.field(key));
      return Optional.empty();
    }
    if (text.isEmpty() && isNull(values.get(key))) {
      problems.report(lineOf(key), "yaml.field.empty", ProblemMessage.field(key));
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
    problems.report(lineOf(key), "yaml.field.notscalar", ProblemMessage.field(key), kind(node));
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
      problems.report(lineOf(key), "yaml.field.notlist", ProblemMessage.field(key));
      return result;
    }
    for (Node item : sequence.getValue()) {
      if (!(item instanceof ScalarNode scalar)) {
        problems.report(lineOf(item), "yaml.item.notscalar", ProblemMessage.field(key), kind(item));
      } else if (isNull(item) || scalar.getValue().isBlank()) {
        problems.report(lineOf(item), "yaml.item.empty", ProblemMessage.field(key));
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

  /**
   * The items of a list of mappings.
   *
   * @param what the items, in the plural ("concepts")
   */
  public List<YamlMap> mapList(String key, ProblemMessage what) {
    List<YamlMap> result = new ArrayList<>();
    Node node = values.get(key);
    if (node == null || isNull(node)) {
      return result;
    }
    if (!(node instanceof SequenceNode sequence)) {
      problems.report(lineOf(key), "yaml.field.notmaplist", ProblemMessage.field(key), what);
      return result;
    }
    for (Node item : sequence.getValue()) {
      of(item, lineOffset, problems, ProblemMessage.of("yaml.what.each", what))
          .ifPresent(result::add);
    }
    return result;
  }

  /** A nested mapping. */
  public Optional<YamlMap> map(String key) {
    Node node = values.get(key);
    if (node == null || isNull(node)) {
      return Optional.empty();
    }
    return of(node, lineOffset, problems, ProblemMessage.of("yaml.what.field",
        ProblemMessage.field(key)));
  }

  public int lineOf(Node node) {
    return node.getStartMark().getLine() + 1 + lineOffset;
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && "tag:yaml.org,2002:null".equals(scalar.getTag().getValue());
  }

  private static ProblemMessage kind(Node node) {
    if (node instanceof SequenceNode) {
      return ProblemMessage.of("yaml.kind.list");
    }
    if (node instanceof MappingNode) {
      return ProblemMessage.of("yaml.kind.mapping");
    }
    return ProblemMessage.of("yaml.kind.value");
  }
}
