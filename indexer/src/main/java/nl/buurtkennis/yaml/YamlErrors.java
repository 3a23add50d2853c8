package nl.buurtkennis.yaml;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private static final String INDENTATION = "the indentation is wrong here: fields start at the"
      + " beginning of the line, list items under a field start with '  - '";

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
  static String describe(MarkedYAMLException error, String text) {
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

  private String describe() {
    if (problem.contains("(TAB)") || problem.contains("'\\t'")) {
      return "a tab character is not allowed in YAML; indent with spaces";
    }
    if (context.contains("flow sequence")) {
      return lineText().contains(" #")
          ? "the list opened with '[' on this line is not closed with ']': ' #' starts a comment"
              + " in YAML, which drops the rest of the line; put values that hold '#' between"
              + " double quotes"
          : "the list opened with '[' on this line is not closed with ']' (put values that hold"
              + " ',', '[' or ']' between double quotes)";
    }
    if (context.contains("flow mapping")) {
      return "the '{' on this line is not closed with '}'; write fields as 'name: value' lines";
    }
    if (context.contains("double-quoted scalar") && problem.contains("escape")) {
      return "between double quotes a '\\' starts a code such as \\n; write a backslash as"
          + " '\\\\', or put the value between single quotes";
    }
    if (context.contains("quoted scalar")) {
      return "the quote opened on this line is never closed; end the value with the same quote";
    }
    if (context.contains("simple key")) {
      return "this line is not a 'name: value' field: is the ':' missing, or does the text belong"
          + " on the line above?";
    }
    if (context.contains("flow node") && problem.contains("found ','")) {
      return "the list has an empty item: a ',' with nothing before it; remove the extra ','";
    }
    if (problem.contains("mapping values are not allowed")) {
      Matcher field = INDENTED_FIELD.matcher(lineText());
      if (field.matches()) {
        return "this line starts with spaces, so YAML reads it as part of the value above; if '"
            + field.group(1) + "' is a field, remove the spaces at the start of the line; if it"
            + " is text, put the whole value between double quotes";
      }
      return "a ': ' inside a value; put the whole value between double quotes, e.g."
          + " title: \"Buurtpreventie: een handleiding\"";
    }
    if (problem.contains("cannot start any token")) {
      return "a value cannot start with '@', '`' or '%'; put it between double quotes";
    }
    if (context.contains("alias") || context.contains("anchor")
        || problem.contains("found undefined alias") || problem.contains("anchor")) {
      return "a value cannot start with '*' or '&', which YAML uses to repeat values; put the"
          + " whole value between double quotes";
    }
    if (problem.contains("sequence entries are not allowed")) {
      return "'- ' starts a list item, which stands on a line of its own under its field"
          + " ('  - item'); for text that starts with '-', put the whole value between double"
          + " quotes";
    }
    if (context.contains("block scalar")) {
      return "'|' and '>' start a text on the lines below, so nothing may follow them on this"
          + " line; put the whole value between double quotes";
    }
    if (problem.contains("expected <block end>") && problem.contains("<scalar>")) {
      return textAfterClosedValue();
    }
    if (context.contains("block mapping") || context.contains("block collection")
        || problem.contains("expected <block end>") || problem.contains("<document start>")) {
      return INDENTATION;
    }
    String text = context.isEmpty() ? problem : context + ": " + problem;
    return "this is not valid YAML" + (text.isBlank() ? "" : " (" + text.strip() + ")");
  }

  /**
   * Text after a value that YAML closed: a quoted value whose closing quote is not the last
   * character, or a value starting with '[' or '{' that was read as a list or a set of fields.
   */
  private String textAfterClosedValue() {
    Matcher value = VALUE_START.matcher(lineText());
    String start = value.lookingAt() ? value.group(1) : "";
    return switch (start) {
      case "'" -> "the value ends at its second ' and more text follows; for a value with an"
          + " apostrophe, put the whole value between double quotes, e.g."
          + " title: \"Buurt's bemiddeling\"";
      case "\"" -> "the value ends at its second \" and more text follows; to keep the double"
          + " quotes in the text, put the whole value between single quotes, e.g."
          + " title: '\"De Buurt\" bemiddelt'";
      case "[" -> "a value that starts with '[' is read as a list, and more text follows its"
          + " ']'; put the whole value between double quotes, e.g."
          + " title: \"[Concept] Buurtpreventie\"";
      case "{" -> "a value that starts with '{' is read as a set of fields, and more text"
          + " follows its '}'; put the whole value between double quotes, e.g."
          + " title: \"{Concept} Buurtpreventie\"";
      default -> INDENTATION;
    };
  }

  private String lineText() {
    int line = line();
    return line < lines.length ? lines[line] : "";
  }
}
