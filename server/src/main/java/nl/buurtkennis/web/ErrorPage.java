package nl.buurtkennis.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;

/**
 * The title and message of an error page.
 *
 * @param backUrl a page to go back to besides the search (the document whose address was
 *     refused), or null
 * @param backText what the link to {@code backUrl} says
 * @param otherLanguageUrl the same page in the other language, or null for the home page in it
 *     (an answer to a request no address shows again, such as a form posted)
 */
public record ErrorPage(Messages msg, String title, String message, String backUrl,
    String backText, String otherLanguageUrl) {
  public ErrorPage(Messages msg, String title, String message) {
    this(msg, title, message, null, null, null);
  }

  public ErrorPage(Messages msg, String title, String message, String backUrl, String backText) {
    this(msg, title, message, backUrl, backText, null);
  }

  /** The page of the messages {@code error.<kind>.title} and {@code error.<kind>.message}. */
  static ErrorPage of(Messages msg, String kind) {
    return new ErrorPage(msg, msg.get("error." + kind + ".title"),
        msg.get("error." + kind + ".message"));
  }

  /**
   * This page answering {@code ctx}: asked with GET (or HEAD) at the address of one of the site's
   * pages, its language link is that address in the other language, which shows the same page
   * in it ({@link OtherLanguage#ofPage}).
   */
  ErrorPage answering(Context ctx) {
    boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    String url = read ? OtherLanguage.ofPage(ctx, OtherLanguage.other(msg.lang())) : null;
    return url == null ? this : new ErrorPage(msg, title, message, backUrl, backText, url);
  }

  /** The link to the other language: this page in it, else the home page in it. */
  public String languageUrl() {
    if (otherLanguageUrl != null) {
      return otherLanguageUrl;
    }
    return Language.ENGLISH.equals(msg.lang()) ? "/" : "/?lang=en";
  }
}
