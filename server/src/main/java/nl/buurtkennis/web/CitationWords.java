package nl.buurtkennis.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import nl.buurtkennis.export.CitationTerms;

/** The words and the day of a citation made now, for the exports, the feed and the document page. */
final class CitationWords {
  /** Access dates (and download file names) carry the date where the users are. */
  static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
  private static final CitationTerms DUTCH = terms("nl");
  private static final CitationTerms ENGLISH = terms("en");

  private CitationWords() {}

  /** The words of a citation in {@code lang}, Dutch unless {@code en}. */
  static CitationTerms of(String lang) {
    return "en".equals(lang) ? ENGLISH : DUTCH;
  }

  /** Today where the users are: the access date of a citation made at {@code clock}'s instant. */
  static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), ZONE);
  }

  private static CitationTerms terms(String lang) {
    Messages msg = Messages.of(lang);
    return new CitationTerms(msg.lang(), msg::get);
  }
}
