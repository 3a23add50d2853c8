package nl.buurtkennis.web;

/**
 * The title and message of an error page.
 *
 * @param backUrl a page to go back to besides the search (the document whose address was
 *     refused), or null
 * @param backText what the link to {@code backUrl} says
 */
public record ErrorPage(Messages msg, String title, String message, String backUrl,
    String backText) {
  public ErrorPage(Messages msg, String title, String message) {
    this(msg, title, message, null, null);
  }

  /** The page of the messages {@code error.<kind>.title} and {@code error.<kind>.message}. */
  static ErrorPage of(Messages msg, String kind) {
    return new ErrorPage(msg, msg.get("error." + kind + ".title"),
        msg.get("error." + kind + ".message"));
  }
}
