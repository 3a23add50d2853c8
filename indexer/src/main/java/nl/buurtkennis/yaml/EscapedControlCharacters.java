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
 * InvisibleCharacters#refused}). Each value holding one is reported at the line of its field's
 * name (of its own line for an item of a list), with the field, so that the console shows it
 * beside that field.
 */
final class EscapedControlCharacters {
  private EscapedControlCharacters() {}

  static void report(Node root, int lineOffset, YamlMap.Problems problems) {
    check(root, null, -1, lineOffset, problems);
  }

  /**
   * @param field the name of the field {@code node} is the value of, or null at the top
   * @param fieldLine the line of that name, or -1 where the node's own line is meant
   */
  private static void check(Node node, String field, int fieldLine, int lineOffset,
      YamlMap.Problems problems) {
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        Node key = tuple.getKeyNode();
        int keyLine = line(key, lineOffset);
        String name = key instanceof ScalarNode scalar ? scalar.getValue() : null;
        if (name != null) {
          int control = InvisibleCharacters.firstRefused(name);
          if (control >= 0) {
            problems.report(keyLine, "yaml.key.control", name,
                InvisibleCharacters.codePoint(control));
          }
        }
        check(tuple.getValueNode(), name, keyLine, lineOffset, problems);
      }
    } else if (node instanceof SequenceNode sequence) {
      for (Node item : sequence.getValue()) {
        check(item, field, -1, lineOffset, problems);
      }
    } else if (node instanceof ScalarNode scalar) {
      int control = InvisibleCharacters.firstRefused(scalar.getValue());
      if (control >= 0) {
        int line = fieldLine >= 0 ? fieldLine : line(node, lineOffset);
        problems.report(line, field == null ? ProblemMessage.of("yaml.value.control.top",
                InvisibleCharacters.codePoint(control))
            : ProblemMessage.of("yaml.value.control", ProblemMessage.field(field),
                InvisibleCharacters.codePoint(control)));
      }
    }
  }

  private static int line(Node node, int lineOffset) {
    return node.getStartMark().getLine() + 1 + lineOffset;
  }
}
