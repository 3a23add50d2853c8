package nl.buurtkennis.search;

import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Lucene's passage formatter with HTML escaping on and {@code <mark>} around matches, keeping where
 * the best passage starts so that a hit can name the section it comes from.
 */
final class SnippetFormatter extends PassageFormatter {
  private static final Escaping ESCAPING = new Escaping();

  @Override
  public Object format(Passage[] passages, String content) {
    if (passages.length == 0) {
      return null;
    }
    // A passage begins right after a full stop, so it may begin with the space or the blank line
    // before its first word; the section it belongs to is the one of that first word.
    int start = passages[0].getStartOffset();
    while (start < content.length() && Character.isWhitespace(content.charAt(start))) {
      start++;
    }
    return new Snippet(ESCAPING.format(passages, content).strip(), start);
  }

  /** {@code text} escaped exactly as a passage is, for a snippet that had nothing to highlight. */
  static String escape(String text) {
    StringBuilder html = new StringBuilder(text.length() + 16);
    ESCAPING.appendEscaped(html, text);
    return html.toString();
  }

  private static final class Escaping extends DefaultPassageFormatter {
    Escaping() {
      super("<mark>", "</mark>", " … ", true);
    }

    void appendEscaped(StringBuilder html, String text) {
      append(html, text, 0, text.length());
    }
  }
}
