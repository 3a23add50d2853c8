package nl.buurtkennis.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.validation.ProblemMessage;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds text that YAML dropped without a word: in a value written without quotes, {@code " #"}
 * starts a comment, so {@code title: Buurt #1 bemiddeling} gives the title {@code Buurt}. SnakeYAML
 * keeps no trace of the comment, so it is looked up in the source line after the value's end.
 */
public final class CommentCuts {
  private static final Pattern COMMENT_AFTER_VALUE = Pattern.compile("\\s+(#.*?)\\s*");

  private final String[] lines;
  private final int lineOffset;

  /**
   * @param yaml the YAML text the nodes were composed from
   * @param lineOffset number of file lines before the first line of {@code yaml}
   */
  public CommentCuts(String yaml, int lineOffset) {
    this.lines = yaml.split("\n", -1);
    this.lineOffset = lineOffset;
  }

  /**
   * Reports each unquoted value of {@code field}, or item of its list, cut short by a comment. A
   * comment after an empty value ({@code source: # to do}) is taken as meant, unless the field is
   * {@code required}: then the comment can only have been meant as its value.
   */
  public void check(String field, Node value, boolean required, YamlMap.Problems problems) {
    if (value instanceof SequenceNode list) {
      for (Node item : list.getValue()) {
        checkScalar(field, item, false, problems);
      }
    } else if (required || !(value instanceof ScalarNode scalar) || !scalar.getValue().isEmpty()) {
      checkScalar(field, value, true, problems);
    }
  }

  private void checkScalar(String field, Node node, boolean wholeValue,
      YamlMap.Problems problems) {
    if (!(node instanceof ScalarNode scalar)
        || scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
      return;
    }
    int line = node.getEndMark().getLine();
    String rest = restOfLine(line, node.getEndMark().getColumn());
    Matcher comment = COMMENT_AFTER_VALUE.matcher(rest);
    if (!comment.matches()) {
      return;
    }
    String intended = quoted((scalar.getValue() + rest).strip());
    problems.report(line + 1 + lineOffset, wholeValue ? "yaml.comment.value" : "yaml.comment.item",
        ProblemMessage.field(field), comment.group(1), intended);
  }

  /** The text of a line from a column, which SnakeYAML counts in code points. */
  private String restOfLine(int line, int column) {
    if (line >= lines.length) {
      return "";
    }
    String text = lines[line];
    int codePoints = text.codePointCount(0, text.length());
    return column >= codePoints ? "" : text.substring(text.offsetByCodePoints(0, column));
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
