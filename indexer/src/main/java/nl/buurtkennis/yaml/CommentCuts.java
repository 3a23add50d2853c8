package nl.buurtkennis.yaml;

import java.util.Optional;
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
   * comment after an empty value ({@code source: # to do}) is taken as meant; in a {@code
   * required} field it is reported as the field being empty, with no advice to quote it: a
   * placeholder such as {@code title:  # nog bedenken} is not a title.
   *
   * @return whether the field was reported as empty
   */
  public boolean check(String field, Node value, boolean required, YamlMap.Problems problems) {
    if (value instanceof SequenceNode list) {
      for (Node item : list.getValue()) {
        checkScalar(field, item, false, problems);
      }
    } else if (value instanceof ScalarNode scalar && scalar.getValue().isEmpty()) {
      if (required && commentAfter(scalar).isPresent()) {
        problems.report(scalar.getStartMark().getLine() + 1 + lineOffset,
            "yaml.field.empty.comment", ProblemMessage.field(field));
        return true;
      }
    } else {
      checkScalar(field, value, true, problems);
    }
    return false;
  }

  private void checkScalar(String field, Node node, boolean wholeValue,
      YamlMap.Problems problems) {
    if (!(node instanceof ScalarNode scalar)) {
      return;
    }
    commentAfter(scalar).ifPresent(comment -> {
      int line = node.getEndMark().getLine();
      String rest = restOfLine(line, node.getEndMark().getColumn());
      String intended = quoted((scalar.getValue() + rest).strip());
      // the suggested line names the field by its key in the file, also where a form shows labels
      problems.report(line + 1 + lineOffset, wholeValue ? "yaml.comment.value"
          : "yaml.comment.item", ProblemMessage.field(field), comment, intended, field);
    });
  }

  /** The comment right after an unquoted value on its line, if any. */
  private Optional<String> commentAfter(ScalarNode scalar) {
    if (scalar.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN) {
      return Optional.empty();
    }
    String rest = restOfLine(scalar.getEndMark().getLine(), scalar.getEndMark().getColumn());
    Matcher comment = COMMENT_AFTER_VALUE.matcher(rest);
    return comment.matches() ? Optional.of(comment.group(1)) : Optional.empty();
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
