package nl.buurtkennis.web;

/**
 * Text lengths as users, the README and the OpenAPI spec ({@code maxLength}) count them: in
 * characters (Unicode code points), not in Java's UTF-16 code units, so that an emoji or a rare
 * CJK character counts once and a cut never splits one in two.
 */
final class Characters {
  private Characters() {}

  /** The characters in {@code text}. */
  static int count(String text) {
    return text.codePointCount(0, text.length());
  }

  /** Whether {@code text} has more than {@code limit} characters. */
  static boolean exceed(String text, int limit) {
    // a string of at most limit code units cannot hold more than limit characters
    return text.length() > limit && count(text) > limit;
  }

  /** The first {@code limit} characters of {@code text}, or all of it. */
  static String cut(String text, int limit) {
    return exceed(text, limit) ? text.substring(0, text.offsetByCodePoints(0, limit)) : text;
  }
}
