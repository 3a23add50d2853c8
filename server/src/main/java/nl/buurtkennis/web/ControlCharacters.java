package nl.buurtkennis.web;

/**
 * Control characters in a parameter's value are read as spaces, on every route: the C0 controls
 * (U+0000 to U+001F, tab and line breaks among them), DEL and the C1 controls (U+0080 to U+009F),
 * Unicode's category Cc. No one types them, a form sends a tab or a line break only pasted into a
 * field, and none may be written into a page (HTML forbids NUL and the other controls): read as
 * spaces, they separate words as the white space they stand in for would, a value of only
 * controls is empty and so not given ({@link RequestParams}), and nothing echoed holds one.
 */
final class ControlCharacters {
  private ControlCharacters() {}

  /** The value with each control character replaced by a space; the value itself when none. */
  static String asSpaces(String value) {
    if (value == null || value.chars().noneMatch(ControlCharacters::isControl)) {
      return value;
    }
    StringBuilder spaced = new StringBuilder(value.length());
    value.chars().forEach(c -> spaced.append(isControl(c) ? ' ' : (char) c));
    return spaced.toString();
  }

  private static boolean isControl(int c) {
    return Character.getType(c) == Character.CONTROL;
  }
}
