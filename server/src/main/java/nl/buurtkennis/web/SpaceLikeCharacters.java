package nl.buurtkennis.web;

/**
 * Control characters in a parameter's value are read as spaces, on every route: the C0 controls
 * (U+0000 to U+001F, tab and line breaks among them), DEL and the C1 controls (U+0080 to U+009F),
 * Unicode's category Cc; and so are Unicode's other spaces (category Z: a no-break space, an em
 * space, an ideographic space, a line separator), which a pasted text brings and which the query
 * syntax would not read as a space between words: {@code politie\u00A0x} found 27 documents,
 * {@code politie x} 46. No one types them, a form sends a tab or a line break only pasted into a
 * field, and none may be written into a page (HTML forbids NUL and the other controls): read as
 * spaces, they separate words as the white space they stand in for would, a value of only
 * controls is empty and so not given ({@link RequestParams}), and nothing echoed holds one.
 */
final class SpaceLikeCharacters {
  private SpaceLikeCharacters() {}

  /** The value with each control character or other space a plain space; itself when none. */
  static String asSpaces(String value) {
    if (value == null || value.chars().noneMatch(SpaceLikeCharacters::readAsSpace)) {
      return value;
    }
    StringBuilder spaced = new StringBuilder(value.length());
    value.chars().forEach(c -> spaced.append(readAsSpace(c) ? ' ' : (char) c));
    return spaced.toString();
  }

  private static boolean readAsSpace(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL || type == Character.SPACE_SEPARATOR && c != ' '
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
  }
}
