package nl.buurtkennis.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a librarian typed into the document form, kept through a sign-in when the session ended
 * while typing: the form's own fields only, as hidden inputs of the sign-in form, so that after
 * signing in the form comes back filled in (never saved). Also where to go after signing in: only
 * a console path of this site, never an address elsewhere.
 */
public final class KeptForm {
  /** Marks a sign-in that carries a document form. */
  static final String MARKER = "kept";
  static final String NEXT = "next";
  /** At most this many characters are carried; a body of a whole report fits. */
  static final int MAX_CHARS = 2_000_000;
  /** A console page: {@code /admin}, a path of plain segments below it, a plain query. */
  private static final Pattern CONSOLE_PATH =
      Pattern.compile("/admin(/[A-Za-z0-9_-]+)*/?(\\?[A-Za-z0-9_=&-]*)?");

  /** One hidden input. */
  public record Field(String name, String value) {}

  private KeptForm() {}

  /** The document form's fields among {@code params}, or empty when they are too large to carry. */
  static List<Field> of(Map<String, List<String>> params) {
    List<Field> kept = new ArrayList<>();
    long chars = 0;
    for (var param : params.entrySet()) {
      if (!DraftForm.isField(param.getKey()) && !"replace".equals(param.getKey())) {
        continue;
      }
      for (String value : param.getValue()) {
        chars += value.length();
        kept.add(new Field(param.getKey(), value));
      }
    }
    return chars > MAX_CHARS ? List.of() : kept;
  }

  /** Whether {@code params} carry a kept document form. */
  static boolean carried(Map<String, List<String>> params) {
    return params.containsKey(MARKER);
  }

  /** {@code next} when it is a console page of this site, else null. */
  static String safeNext(String next) {
    return next != null && CONSOLE_PATH.matcher(next).matches()
        && !next.startsWith(AdminGuard.SIGN_IN_PATH) ? next : null;
  }
}
