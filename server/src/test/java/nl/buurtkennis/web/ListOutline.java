package nl.buurtkennis.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The nested lists of a piece of HTML as text, for tests of how checkboxes nest: each
 * {@code <ul>} in brackets, each {@code <li>} in parentheses, each checkbox as its value with
 * '*' when ticked; "[(a[(b*)])(c)]" is b's list inside a's item, b ticked.
 */
public final class ListOutline {
  private static final Pattern TAG = Pattern.compile("<(/?)(ul|li)\\b[^>]*>"
      + "|<input type=\"checkbox\"[^>]*? value=\"([^\"]*)\"( checked)?");

  private ListOutline() {}

  public static String of(String html) {
    Matcher tag = TAG.matcher(html);
    StringBuilder outline = new StringBuilder();
    while (tag.find()) {
      if (tag.group(3) != null) {
        outline.append(tag.group(3)).append(tag.group(4) != null ? "*" : "");
      } else if (tag.group(2).equals("ul")) {
        outline.append(tag.group(1).isEmpty() ? '[' : ']');
      } else {
        outline.append(tag.group(1).isEmpty() ? '(' : ')');
      }
    }
    return outline.toString();
  }
}
