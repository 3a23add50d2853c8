package nl.buurtkennis.yaml;

import nl.buurtkennis.validation.InvisibleCharacters;
import nl.buurtkennis.validation.ProblemMessage;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds the control characters that a file's bytes do not show: a double-quoted YAML value
 * writes one as an escape ({@code "Titel\u0007met bel"}, {@code "\0"}, {@code "\a"}), and
 * decoded it is the very character the corpus refuses as a byte ({@link
 * InvisibleCharacters#refused}), or a bidirectional control ({@link
 * InvisibleCharacters#bidiControl}). Each value holding one is reported at the line of its field's
 * name (of its own line for an item of a list), with the field, so that the console shows it
 * beside that field; a direction character with the reason it is refused, as when it is written
 * as itself.
 */
final class EscapedControlCharacters {
  private final int[] text;
  private final int lineOffset;
  private final YamlMap.Problems problems;

  private EscapedControlCharacters(int[] text, int lineOffset, YamlMap.Problems problems) {
    this.text = text;
    this.lineOffset = lineOffset;
    this.problems = problems;
  }

  /** @param text the YAML {@code root} was composed from, to tell an escape from the character */
  static void report(Node root, String text, int lineOffset, YamlMap.Problems problems) {
    new EscapedControlCharacters(text.codePoints().toArray(), lineOffset, problems)
        .check(root, null, -1);
  }

  /**
   * @param field the name of the field {@code node} is the value of, or null at the top
   * @param fieldLine the line of that name, or -1 where the node's own line is meant
   */
  private void check(Node node, String field, int fieldLine) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        Node key = tuple.getKeyNode();
        int keyLine = line(key);
        String name = key instanceof ScalarNode scalar ? scalar.getValue() : null;
        if (name != null) {
          int control = firstRefused(name, key);
          if (control >= 0) {
            problems.report(keyLine, "yaml.key.control", name,
                InvisibleCharacters.codePoint(control));
          }
        }
        check(tuple.getValueNode(), name, keyLine);
      }
    } else if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        check(item, field, -1);
      }
    } else if (node instanceof ScalarNode scalar) {
      int control = firstRefused(scalar.getValue(), scalar);
      if (control >= 0) {
        int line = fieldLine >= 0 ? fieldLine : line(node);
        boolean direction = InvisibleCharacters.bidiControl(control);
        String character = InvisibleCharacters.codePoint(control);
        problems.report(line, field == null
            ? ProblemMessage.of(direction ? "yaml.value.bidi.top" : "yaml.value.control.top",
                character)
            : ProblemMessage.of(direction ? "yaml.value.bidi" : "yaml.value.control",
                ProblemMessage.field(field), character));
      }
    }
  }

  /**
   * The first character the corpus refuses as a byte, or else the first bidirectional control
   * written as an escape: one written as itself is reported at its line with the rest of the text
   * ({@code CorpusText}), once.
   */
  private int firstRefused(String value, Node node) {
    int control = InvisibleCharacters.firstRefused(value);
    if (control >= 0) {
      return control;
    }
    return value.chars().filter(InvisibleCharacters::bidiControl)
        .filter(c -> !writtenAsItself(node, c)).findFirst().orElse(-1);
  }

  /** Whether {@code c} stands as itself in the node's text (its marks count code points). */
  private boolean writtenAsItself(Node node, int c) {
    int end = Math.min(node.getEndMark().getIndex(), text.length);
    for (int i = node.getStartMark().getIndex(); i < end; i++) {
      if (text[i] == c) {
        return true;
      }
    }
    return false;
  }

  private int line(Node node) {
    return node.getStartMark().getLine() + 1 + lineOffset;
  }
}
