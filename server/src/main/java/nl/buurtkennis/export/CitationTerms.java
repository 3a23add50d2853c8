package nl.buurtkennis.export;

import java.text.AttributedCharacterIterator;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The words a citation uses in one language: read from the messages of that language (the keys
 * {@code cite.*}), so that the export code knows no language of its own. Every key is read when
 * the terms are made, so a missing one fails at once rather than in some export.
 */
public final class CitationTerms {
  private final String lang;
  private final String noDate;
  private final String medium;
  private final DateTimeFormatter dateFormat;
  private final MessageFormat retrieved;
  private final MessageFormat basedOn;
  private final MessageFormat basedOnYear;
  private final MessageFormat basedOnUndated;
  private final String noSource;
  private final MessageFormat organisations;
  private final MessageFormat website;
  private final MessageFormat foundWith;
  private final String exported;
  private final MessageFormat exportedSearch;

  /**
   * @param lang {@code nl} or {@code en}
   * @param messages the message of a key in {@code lang}
   */
  public CitationTerms(String lang, UnaryOperator<String> messages) {
    Locale locale = Locale.forLanguageTag(lang);
    this.lang = lang;
    this.noDate = messages.apply("cite.no_date");
    this.medium = messages.apply("cite.medium");
    this.dateFormat = DateTimeFormatter.ofPattern(messages.apply("cite.date_pattern"), locale);
    this.retrieved = new MessageFormat(messages.apply("cite.retrieved"), locale);
    this.basedOn = new MessageFormat(messages.apply("cite.based_on"), locale);
    this.basedOnYear = new MessageFormat(messages.apply("cite.based_on_year"), locale);
    if (basedOn.getFormatsByArgumentIndex().length < 2) {
      throw new IllegalStateException("cite.based_on names no source ({1}) in " + lang);
    }
    this.basedOnUndated = new MessageFormat(messages.apply("cite.based_on_undated"), locale);
    if (basedOnUndated.getFormatsByArgumentIndex().length < 1) {
      throw new IllegalStateException("cite.based_on_undated names no source ({0}) in " + lang);
    }
    this.noSource = messages.apply("cite.no_source");
    this.organisations = new MessageFormat(messages.apply("cite.organisations"), locale);
    this.website = new MessageFormat(messages.apply("cite.website"), locale);
    if (website.getFormatsByArgumentIndex().length < 1) {
      throw new IllegalStateException("cite.website names no address ({0}) in " + lang);
    }
    this.foundWith = new MessageFormat(messages.apply("cite.found_with"), locale);
    this.exported = messages.apply("cite.exported");
    this.exportedSearch = new MessageFormat(messages.apply("cite.exported_search"), locale);
  }

  public String lang() {
    return lang;
  }

  /** What stands for the year of a text whose date is unknown: APA's {@code n.d.}. */
  String noDate() {
    return noDate;
  }

  /** The words before the URL of a retrieval statement: {@code Retrieved December 5, 2026, from}. */
  String retrieved(LocalDate accessed) {
    return format(retrieved, dateFormat.format(accessed));
  }

  /** What the document is, for {@code howpublished}: {@code Web page}. */
  String medium() {
    return medium;
  }

  /** The note naming the source a text is based on and the source's year. */
  String basedOn(Integer sourceYear, String source) {
    return basedOnNote(sourceYear, source).text();
  }

  /**
   * The note naming the source a text is based on and the source's year (null when the source
   * has none, which the note then says rather than giving a year), split where the source stands
   * in the sentence, wherever the message of this language puts it.
   */
  SourceNote basedOnNote(Integer sourceYear, String source) {
    boolean named = source != null && !source.isEmpty();
    if (sourceYear == null) {
      return named ? split(basedOnUndated, new Object[] {source}, 0)
          : new SourceNote(noSource, null, "");
    }
    String year = sourceYear.toString();
    if (!named) {
      return new SourceNote(format(basedOnYear, year), null, "");
    }
    return split(basedOn, new Object[] {year, source}, 1);
  }

  /** The formatted message in three runs: before argument {@code at}, that argument, after it. */
  private static SourceNote split(MessageFormat message, Object[] arguments, int at) {
    AttributedCharacterIterator note;
    synchronized (message) {
      note = message.formatToCharacterIterator(arguments);
    }
    StringBuilder before = new StringBuilder();
    StringBuilder after = new StringBuilder();
    boolean seen = false;
    for (char c = note.first(); c != AttributedCharacterIterator.DONE; c = note.next()) {
      if (Integer.valueOf(at).equals(note.getAttribute(MessageFormat.Field.ARGUMENT))) {
        seen = true;
      } else {
        (seen ? after : before).append(c);
      }
    }
    return new SourceNote(before.toString(), (String) arguments[at], after.toString());
  }

  /**
   * The note naming the organisations of the front matter. It gives them no role: the field
   * holds whoever is involved in a practice or published a document, and a citation that said
   * "run by" would name the police as running a watch that residents set up themselves.
   */
  String organisations(String names) {
    return format(organisations, names);
  }

  /**
   * The note naming the web address of the front matter ({@code url}: the practice's or the
   * source's own site), split around the address as {@link #basedOnNote} splits around the source.
   */
  SourceNote websiteNote(String url) {
    return split(website, new Object[] {url}, 0);
  }

  /** The note of an exported record naming the search it was found with. */
  String foundWith(String searchUrl) {
    return format(foundWith, searchUrl);
  }

  /**
   * What an export says it is, naming the search it holds ({@code searchUrl}), or for a single
   * document's citation (null) the site alone.
   */
  String exported(String searchUrl) {
    return searchUrl == null ? exported : format(exportedSearch, searchUrl);
  }

  /**
   * Arguments are strings, so that MessageFormat groups no digits (2014, not 2.014). A
   * MessageFormat is not thread-safe, and the terms of a language are shared by all requests.
   */
  private static String format(MessageFormat pattern, String... args) {
    synchronized (pattern) {
      return pattern.format(args);
    }
  }
}
