package nl.buurtkennis.yaml;

import nl.buurtkennis.validation.InvisibleCharacters;

/**
 * The Unicode line and paragraph separators (U+2028, U+2029) in YAML: the YAML parser reads each
 * as a line break, which an editor does not show, so a value written on one line is cut in two
 * and every later line is counted one further than the editor counts it. (U+0085, the third
 * such break, is a control character the text check refuses and blanks before YAML sees it.)
 */
public final class LineSeparators {
  private LineSeparators() {}

  static boolean separator(int c) {
    return c == '\u2028' || c == '\u2029';
  }

  /**
   * Reports each line of {@code text} that holds a separator, naming its first one, and gives the
   * text with each separator a space, so that the YAML parser counts lines as an editor does
   * ({@code \n} only) and reads the line as it is shown.
   *
   * @param lineOffset number of file lines before the first line of {@code text}
   */
  static String blanked(String text, int lineOffset, YamlMap.Problems problems) {
    if (text.chars().noneMatch(LineSeparators::separator)) {
      return text;
    }
    StringBuilder blanked = new StringBuilder(text.length());
    int line = 1 + lineOffset;
    boolean reported = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        reported = false;
      } else if (separator(c)) {
        if (!reported) {
          problems.report(line, "yaml.lineseparator", InvisibleCharacters.codePoint(c));
          reported = true;
        }
        c = ' ';
      }
      blanked.append(c);
    }
    return blanked.toString();
  }

  /**
   * {@code text} with each separator a space: YAML as an editor shows it, for a reader that
   * reports no problems (the console filling its form from a file).
   */
  public static String asSpaces(String text) {
    return text.replace('\u2028', ' ').replace('\u2029', ' ');
  }
}
