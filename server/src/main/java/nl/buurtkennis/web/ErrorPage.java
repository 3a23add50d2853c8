package nl.buurtkennis.web;

/** The title and message of an error page. */
public record ErrorPage(Messages msg, String title, String message) {
  /** The page of the messages {@code error.<kind>.title} and {@code error.<kind>.message}. */
  static ErrorPage of(Messages msg, String kind) {
    return new ErrorPage(msg, msg.get("error." + kind + ".title"),
        msg.get("error." + kind + ".message"));
  }
}
