package nl.buurtkennis.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import nl.buurtkennis.corpus.DocumentParser;

/**
 * The link to the page asked for in the other language, for pages that have no address of their
 * own to build it from (error pages, console pages): the address as it was asked, its path and
 * every other parameter kept as sent, its {@code lang} replaced, {@code lang=en} last for
 * English and none for Dutch, so that no link ends in a bare {@code ?}.
 */
public final class OtherLanguage {
  /** The site's pages, whose address an error page may repeat. */
  private static final Pattern SITE_PAGE =
      Pattern.compile("/(vocabulary|map|documents/" + DocumentParser.ID.pattern() + ")?");
  /** The console's pages, whose address a console error page may repeat. */
  private static final Pattern CONSOLE_PAGE = Pattern.compile("/admin(/sign-in|/reindex"
      + "|/documents(/new|/upload|/" + DocumentParser.ID.pattern() + "/(edit|delete))?)?");

  private OtherLanguage() {}

  /** The address {@code ctx} asked for, in {@code lang} ({@code nl} or {@code en}). */
  public static String of(Context ctx, String lang) {
    return of(ctx.path(), ctx.queryString(), lang);
  }

  /**
   * The address {@code ctx} asked for, in {@code lang}, when it is one of the site's or the
   * console's pages; null for any other address (one that names no page, or a badly encoded one),
   * which no page repeats: an error page then links to a start page in the other language.
   */
  public static String ofPage(Context ctx, String lang) {
    String path = ctx.path();
    boolean page = SITE_PAGE.matcher(path).matches() || CONSOLE_PAGE.matcher(path).matches();
    return page ? of(ctx, lang) : null;
  }

  /**
   * The site-relative {@code url} (path and query) in {@code lang}: a link a page offers onwards,
   * as the language link of a page no address shows again (a form's answer).
   */
  public static String inLanguage(String url, String lang) {
    int query = url.indexOf('?');
    return query < 0 ? of(url, null, lang) : of(url.substring(0, query), url.substring(query + 1),
        lang);
  }

  /** The language a page in {@code lang} links to: the other one. */
  public static String other(String lang) {
    return Language.ENGLISH.equals(lang) ? Language.DUTCH : Language.ENGLISH;
  }

  /**
   * {@code path} with the parameters of {@code query} (as sent, still percent-encoded) but
   * {@code lang}, and {@code lang=en} for English. A path that is not plainly site-relative
   * ({@code //host}, a backslash) is the home page instead: the link never leaves the site.
   */
  static String of(String path, String query, String lang) {
    boolean siteRelative = path != null && path.startsWith("/") && !path.startsWith("//")
        && path.indexOf('\\') < 0;
    List<String> parts = new ArrayList<>();
    if (query != null) {
      for (String part : query.split("&")) {
        if (!part.isEmpty() && !isLang(part)) {
          parts.add(part);
        }
      }
    }
    if (Language.ENGLISH.equals(lang)) {
      parts.add("lang=en");
    }
    return (siteRelative ? path : "/") + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
  }

  /** Whether a parameter of a query string is {@code lang}, its name escaped or not. */
  private static boolean isLang(String part) {
    int equals = part.indexOf('=');
    String name = equals < 0 ? part : part.substring(0, equals);
    try {
      return PercentDecoding.strict(name).equals("lang");
    } catch (IllegalArgumentException e) {
      return false; // a malformed name is no lang: kept as sent, as the page refused it
    }
  }
}
