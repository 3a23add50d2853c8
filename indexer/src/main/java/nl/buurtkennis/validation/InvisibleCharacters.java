package nl.buurtkennis.validation;

/**
 * Characters a reader cannot see: which control characters the corpus refuses, wherever they
 * stand (as bytes in a file, or as an escape in a quoted YAML value), and how a message names an
 * invisible character so that a librarian can find it.
 */
public final class InvisibleCharacters {
  private InvisibleCharacters() {}

  /**
   * Whether the corpus refuses {@code c}: a C0 control other than tab and the line ends, DEL, a C1
   * control, or one of the noncharacters U+FFFE and U+FFFF. Such a character breaks pages (HTML
   * forbids it), feeds (XML 1.0 cannot hold it) and exports; a tab and a line end are white space
   * there.
   */
  public static boolean refused(int c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)
        || c == 0xFFFE || c == 0xFFFF;
  }

  /** The first character of {@code text} that {@link #refused} names, or -1 when there is none. */
  public static int firstRefused(String text) {
    return text.chars().filter(InvisibleCharacters::refused).findFirst().orElse(-1);
  }

  /**
   * Whether {@code c} is one of Unicode's bidirectional controls (the property Bidi_Control): the
   * embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069 and the marks U+200E,
   * U+200F and U+061C. Each makes a page show the characters around it in another order than they
   * are stored in (an override reverses the letters; a mark turns {@code 12 - 34} into {@code
   * 34 - 12}), which a reader cannot see and a search does not match ("Trojan Source"). The corpus
   * is Dutch and English, and the pages mark another language's direction themselves, so no
   * document needs one.
   */
  public static boolean bidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E
        || c == 0x200F || c == 0x061C;
  }

  /** The first character of {@code text} that {@link #bidiControl} names, or -1 when none. */
  public static int firstBidiControl(String text) {
    return text.chars().filter(InvisibleCharacters::bidiControl).findFirst().orElse(-1);
  }

  /** {@code c} as Unicode writes it: {@code U+0007}, {@code U+200B}. */
  public static String codePoint(int c) {
    return String.format("U+%04X", c);
  }

  /**
   * {@code text} with each character a message could not show visibly written as its code point
   * in brackets ({@code t-zw[U+200B]}): controls (but the line break a message may hold),
   * formatting characters such as the zero-width space and the bidirectional marks, and spaces
   * other than the plain space. The text itself when it holds none.
   */
  public static String named(String text) {
    if (text.codePoints().noneMatch(InvisibleCharacters::invisible)) {
      return text;
    }
    StringBuilder shown = new StringBuilder(text.length() + 8);
    text.codePoints().forEach(c -> {
      if (invisible(c)) {
        shown.append('[').append(codePoint(c)).append(']');
      } else {
        shown.appendCodePoint(c);
      }
    });
    return shown.toString();
  }

  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return type == Character.CONTROL && c != '\n' || type == Character.FORMAT
        || type == Character.SPACE_SEPARATOR && c != ' ' || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR || c == 0xFFFE || c == 0xFFFF;
  }
}
