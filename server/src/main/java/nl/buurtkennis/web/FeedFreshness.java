package nl.buurtkennis.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A feed's {@code Last-Modified}, and the 304 for a reader that already holds that version
 * ({@code If-Modified-Since}), so that feed readers polling every few minutes fetch it only when
 * it changed. HTTP dates have whole seconds, so the comparison has too.
 */
final class FeedFreshness {
  /**
   * HTTP's IMF-fixdate, two-digit day included ({@code Sun, 06 Dec 2026 09:36:50 GMT}); Java's
   * RFC 1123 formatter writes {@code 6 Dec}, which HTTP/1.1 does not allow a sender to write.
   */
  static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  private FeedFreshness() {}

  /**
   * Sets {@code Last-Modified} to {@code lastModified}; returns whether the request's
   * {@code If-Modified-Since} is that moment or later, when the answer is a 304 without a body.
   * A date that cannot be read is ignored, as HTTP asks.
   */
  static boolean notModified(Context ctx, Instant lastModified) {
    Instant modified = lastModified.truncatedTo(ChronoUnit.SECONDS);
    ctx.header("Last-Modified", HTTP_DATE.format(modified.atZone(ZoneOffset.UTC)));
    String since = ctx.header("If-Modified-Since");
    if (since == null) {
      return false;
    }
    try {
      Instant held = ZonedDateTime.parse(since.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
          .toInstant();
      return !modified.isAfter(held);
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
