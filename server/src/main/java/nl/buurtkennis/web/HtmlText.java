package nl.buurtkennis.web;

import nl.buurtkennis.validation.InvisibleCharacters;

/**
 * The last guard of every page we render: HTML may not hold NUL or most other control characters
 * (a browser shows nothing, or drops the page's text after a NUL), and the corpus refuses them
 * ({@link InvisibleCharacters#refused}), yet a form posted back to the console holds what was
 * typed or pasted. Each is written as U+FFFD, the replacement character, which a librarian sees
 * where it stood and which the console refuses to save, so that it cannot slip back unnoticed.
 */
public final class HtmlText {
  private HtmlText() {}

  /** {@code html} with each control character the corpus refuses made U+FFFD; itself if none. */
  public static String withoutControlCharacters(String html) {
    if (InvisibleCharacters.firstRefused(html) < 0) {
      return html;
    }
    StringBuilder shown = new StringBuilder(html.length());
    html.chars().forEach(c -> shown.append(InvisibleCharacters.refused(c) ? '\uFFFD' : (char) c));
    return shown.toString();
  }
}
