package nl.buurtkennis.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a librarian typed into the document form (adding or editing), kept through a sign-in when
 * the session ended while typing: the form's own fields only, as hidden inputs of the sign-in
 * form, so that after signing in the form comes back filled in (never saved). Which form it was
 * travels as the value of {@link #MARKER}: {@link #ADD}, or the path of the edit form of one
 * document, only ever {@code /admin/documents/{id}/edit} with a valid id. Also where to go after
 * signing in: only a console address of this site, never an address elsewhere.
 */
public final class KeptForm {
  /** Marks a sign-in that carries a document form; its value says which form. */
  static final String MARKER = "kept";
  /** The value of {@link #MARKER} for the form that adds a document. */
  static final String ADD = "document";
  /** The path of the form that edits one document; whether the id is valid is checked apart. */
  private static final Pattern EDIT_PATH = Pattern.compile("/admin/documents/([^/]+)/edit");
  static final String NEXT = "next";
  /** At most this many characters are carried; a body of a whole report fits. */
  static final int MAX_CHARS = 2_000_000;
  /**
   * The longest {@code next} followed: far more than any console page's address (an id has at
   * most 80 characters), far less than Jetty writes as the {@code Location} of a redirect (some
   * 16 KiB; beyond that the redirect to the sign-in page was a 500).
   */
  static final int MAX_NEXT_CHARS = 2_000;
  /**
   * A console address: {@code /admin} in any capitals (as {@link AdminGuard} reads it), a path of
   * plain segments below it (which is what keeps the way back on this site and in the console),
   * and any query as a browser sends it: the characters a query may hold (RFC 3986), anything else
   * percent-encoded. No space, backslash, control character or {@code #}, so nothing that could
   * end or bend the {@code Location} header.
   */
  private static final Pattern CONSOLE_PATH = Pattern.compile("(?i:/admin)(/[A-Za-z0-9_-]+)*/?"
      + "(\\?([A-Za-z0-9._~!$&'()*+,;=:@/?-]|%[0-9A-Fa-f]{2})*)?");
  /** Where every console address starts, in the capitals of the session cookie's path. */
  private static final String CONSOLE_PREFIX = "/admin";

  /** One hidden input. */
  public record Field(String name, String value) {}

  private KeptForm() {}

  /**
   * The document form's fields among {@code params} (with the version an edit form was opened
   * on), or empty when they are too large to carry.
   */
  static List<Field> of(Map<String, List<String>> params) {
    List<Field> kept = new ArrayList<>();
    long chars = 0;
    for (var param : params.entrySet()) {
      if (!DraftForm.isField(param.getKey()) && !"replace".equals(param.getKey())
          && !DraftForm.VERSION.equals(param.getKey())) {
        continue;
      }
      for (String value : param.getValue()) {
        chars += value.length();
        kept.add(new Field(param.getKey(), value));
      }
    }
    return chars > MAX_CHARS ? List.of() : kept;
  }

  /**
   * Which document form a request to {@code path} posts, as the value of {@link #MARKER}:
   * {@link #ADD} for {@code /admin/documents}, the path itself for the edit form of a valid id,
   * else null (nothing to keep). An edit path is taken as it came, never decoded or lower-cased,
   * so that it names the very document the form was opened on.
   */
  static String formAt(String path) {
    if (path != null && AdminGuard.normalise(path).equals("/admin/documents")) {
      return ADD;
    }
    return editedId(path) != null ? path : null;
  }

  /**
   * The kept form's {@link #MARKER} value among posted {@code params} when it names a document
   * form ({@link #formAt}); null when there is none, or it names anything else (a forged value is
   * never followed).
   */
  static String form(Map<String, List<String>> params) {
    List<String> values = params.getOrDefault(MARKER, List.of());
    if (values.size() != 1 || values.get(0) == null) {
      return null;
    }
    String value = values.get(0);
    return ADD.equals(value) ? ADD : formAt(value);
  }

  /** The id of the document whose edit form is at {@code path}, or null for any other path. */
  static String editedId(String path) {
    if (path == null) {
      return null;
    }
    Matcher edit = EDIT_PATH.matcher(path);
    return edit.matches() && DocumentStore.validId(edit.group(1)) ? edit.group(1) : null;
  }

  /**
   * {@code next} when it is a console address of this site other than the sign-in page (in any
   * capitals), with its {@code /admin} in lower case; else null. The session cookie has
   * {@code Path=/admin} and a browser matches cookie paths case-sensitively, so it would not send
   * the cookie to {@code /Admin/…}: coming back there would lead to the sign-in page again, in a
   * loop. Only the prefix is lower-cased; the rest is the address as asked, which the router
   * reads case-sensitively (as a signed-in librarian asking it gets).
   */
  static String safeNext(String next) {
    if (next == null || next.length() > MAX_NEXT_CHARS || !CONSOLE_PATH.matcher(next).matches()
        || next.regionMatches(true, 0, AdminGuard.SIGN_IN_PATH, 0,
            AdminGuard.SIGN_IN_PATH.length())) {
      return null;
    }
    return CONSOLE_PREFIX + next.substring(CONSOLE_PREFIX.length());
  }
}
