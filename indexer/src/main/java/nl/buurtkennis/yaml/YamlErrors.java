package nl.buurtkennis.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.buurtkennis.validation.ProblemMessage;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Turns a SnakeYAML syntax error into the line to look at and a message that says, in a
 * librarian's words, what is wrong on that line and how to fix it. SnakeYAML describes what its
 * parser expected; the line itself usually tells what the writer meant, so both are read.
 */
final class YamlErrors {
  /** A {@code name:} or {@code - } at the start of a line, and the first character after it. */
  private static final Pattern VALUE_START =
      Pattern.compile("\\s*(?:[A-Za-z0-9_-]+\\s*:|-)\\s+(\\S)");
  /** A line that starts with spaces and then reads like a field: {@code "  type: practice"}. */
  private static final Pattern INDENTED_FIELD = Pattern.compile("\\s+([A-Za-z_]+)\\s*:(\\s.*)?");
  private static final String INDENTATION = "yaml.indentation";

  private final MarkedYAMLException error;
  private final String[] lines;
  private final String problem;
  private final String context;

  private YamlErrors(MarkedYAMLException error, String text) {
    this.error = error;
    this.lines = text.split("\n", -1);
    this.problem = error.getProblem() == null ? "" : error.getProblem();
    this.context = error.getContext() == null ? "" : error.getContext();
  }

  /** The file line of the error (1-based). */
  static int line(MarkedYAMLException error, String text, int lineOffset) {
    return new YamlErrors(error, text).line() + 1 + lineOffset;
  }

  /** What is wrong, and how to put it right. */
  static ProblemMessage describe(MarkedYAMLException error, String text) {
    return new YamlErrors(error, text).describe();
  }

  /** The 0-based line in the YAML text. */
  private int line() {
    if (problem.contains("<document start>") && lines[0].startsWith(" ")) {
      return 0; // the first field is indented, so SnakeYAML trips over the second
    }
    Mark mark = opensSomething() && error.getContextMark() != null ? error.getContextMark()
        : error.getProblemMark() != null ? error.getProblemMark() : error.getContextMark();
    return mark == null ? 0 : mark.getLine();
  }

  /** Errors about something opened and never closed are best reported where it was opened. */
  private boolean opensSomething() {
    return context.contains("flow sequence") || context.contains("flow mapping")
        || context.contains("quoted scalar") || context.contains("simple key");
  }

  private ProblemMessage describe() {
    if (problem.contains("(TAB)") || problem.contains("'\\t'")) {
      return ProblemMessage.of("yaml.tab");
    }
    if (context.contains("flow sequence")) {
      return ProblemMessage.of(lineText().contains(" #") ? "yaml.flowlist.comment"
          : "yaml.flowlist.unclosed");
    }
    if (context.contains("flow mapping")) {
      return ProblemMessage.of("yaml.flowmap.unclosed", "{", "}");
    }
    if (context.contains("double-quoted scalar") && problem.contains("escape")) {
      return ProblemMessage.of("yaml.escape");
    }
    if (context.contains("quoted scalar")) {
      return ProblemMessage.of("yaml.quote.unclosed");
    }
    if (context.contains("simple key")) {
      return ProblemMessage.of("yaml.simplekey");
    }
    if (context.contains("flow node") && problem.contains("found ','")) {
      return ProblemMessage.of("yaml.flowlist.emptyitem");
    }
    if (problem.contains("mapping values are not allowed")) {
      Matcher field = INDENTED_FIELD.matcher(lineText());
      if (field.matches()) {
        return ProblemMessage.of("yaml.indented.field", field.group(1));
      }
      return ProblemMessage.of("yaml.colon");
    }
    if (problem.contains("cannot start any token")) {
      return ProblemMessage.of("yaml.badstart");
    }
    if (context.contains("alias") || context.contains("anchor")
        || problem.contains("found undefined alias") || problem.contains("anchor")) {
      return ProblemMessage.of("yaml.anchor");
    }
    if (problem.contains("sequence entries are not allowed")) {
      return ProblemMessage.of("yaml.dash");
    }
    if (context.contains("block scalar")) {
      return ProblemMessage.of("yaml.blockscalar");
    }
    if (problem.contains("expected <block end>") && problem.contains("<scalar>")) {
      return textAfterClosedValue();
    }
    if (context.contains("block mapping") || context.contains("block collection")
        || problem.contains("expected <block end>") || problem.contains("<document start>")) {
      return ProblemMessage.of(INDENTATION);
    }
    String text = context.isEmpty() ? problem : context + ": " + problem;
    return text.isBlank() ? ProblemMessage.of("yaml.invalid")
        : ProblemMessage.of("yaml.invalid.detail", text.strip());
  }

  /**
   * Text after a value that YAML closed: a quoted value whose closing quote is not the last
   * character, or a value starting with '[' or '{' that was read as a list or a set of fields.
   */
  private ProblemMessage textAfterClosedValue() {
    Matcher value = VALUE_START.matcher(lineText());
    String start = value.lookingAt() ? value.group(1) : "";
    return switch (start) {
      case "'" -> ProblemMessage.of("yaml.after.single");
      case "\"" -> ProblemMessage.of("yaml.after.double");
      case "[" -> ProblemMessage.of("yaml.after.list");
      case "{" -> ProblemMessage.of("yaml.after.mapping", "{", "}");
      default -> ProblemMessage.of(INDENTATION);
    };
  }

  private String lineText() {
    int line = line();
    return line < lines.length ? lines[line] : "";
  }
}
