package nl.buurtkennis.export;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The words a citation uses in one language: read from the messages of that language (the keys
 * {@code cite.*}), so that the export code knows no language of its own.
 */
public final class CitationTerms {
  private final String lang;
  private final Locale locale;
  private final UnaryOperator<String> messages;
  private final DateTimeFormatter dateFormat;

  /**
   * @param lang {@code nl} or {@code en}
   * @param messages the message of a key in {@code lang}
   */
  public CitationTerms(String lang, UnaryOperator<String> messages) {
    this.lang = lang;
    this.locale = Locale.forLanguageTag(lang);
    this.messages = messages;
    this.dateFormat = DateTimeFormatter.ofPattern(messages.apply("cite.date_pattern"), locale);
  }

  public String lang() {
    return lang;
  }

  /** What stands for the year of a text whose date is unknown: APA's {@code n.d.}. */
  String noDate() {
    return messages.apply("cite.no_date");
  }

  /** The words before the URL of a retrieval statement: {@code Retrieved December 5, 2026, from}. */
  String retrieved(LocalDate accessed) {
    return format("cite.retrieved", dateFormat.format(accessed));
  }

  /** What the document is, for {@code howpublished}: {@code Web page}. */
  String medium() {
    return messages.apply("cite.medium");
  }

  /** The note naming the source a text is based on and the source's year. */
  String basedOn(int sourceYear, String source) {
    String year = Integer.toString(sourceYear);
    return source == null ? format("cite.based_on_year", year)
        : format("cite.based_on", year, source);
  }

  /** The note naming the organisations that run the practice a text describes. */
  String practiceRunBy(String organisations) {
    return format("cite.run_by", organisations);
  }

  /** The note naming the organisations of a document that is not a practice description. */
  String organisations(String organisations) {
    return format("cite.organisations", organisations);
  }

  /** Arguments are strings, so that MessageFormat groups no digits (2014, not 2.014). */
  private String format(String key, String... args) {
    return new MessageFormat(messages.apply(key), locale).format(args);
  }
}
