package nl.buurtkennis.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A citation of one document in the manner of APA's web page: {@code Creator. (n.d.). Title.
 * Notes. Retrieved date, from URL}, with the facts of {@link CitedWork}. The notes end with the
 * front matter's web address ({@code Website: URL.}) where it has one.
 *
 * <p>The creator is Buurtkennis, whose own text the document is, unless the front matter names its
 * authors; then the site's name follows the title (APA leaves it out when it is the author). The
 * text has no date of its own, so the year is APA's "n.d."; the notes name the source the text is
 * based on, with the source's year, and the organisations of the front matter as involved. The
 * URL is the document's page on this site in the language the citation was asked in.
 *
 * <p>The title and the source are the document's own words, in its language; the rest is in the
 * language of the citation. Each is a segment of its own, so that a page can mark the language.
 *
 * @param segments the citation in order; only the title is set in italics where markup allows
 */
public record Citation(List<Segment> segments) {

  /** A run of the citation's text: plain, the title, the source, or a URL (the page's, a website's). */
  public record Segment(Kind kind, String text) {}

  /**
   * How a segment is shown where markup exists: the title italic, the URL as a link; the title
   * and the source are in the document's language, the plain words in the citation's.
   */
  public enum Kind { PLAIN, TITLE, SOURCE, URL }

  public Citation {
    segments = List.copyOf(segments);
  }

  public static Citation of(ExportEntry entry) {
    CitedWork work = entry.cited();
    CitationTerms terms = work.terms();
    String creator = names(work.creators());
    List<Segment> segments = new ArrayList<>();
    segments.add(new Segment(Kind.PLAIN, sentence(creator) + "(" + terms.noDate() + "). "));
    segments.add(new Segment(Kind.TITLE, work.title()));
    StringBuilder rest = new StringBuilder(endsSentence(work.title()) ? " " : ". ");
    if (!work.corporate()) {
      rest.append(sentence(work.publisher()));
    }
    SourceNote source = work.sourceNote();
    rest.append(source.before());
    if (source.source() != null) {
      segments.add(new Segment(Kind.PLAIN, rest.toString()));
      segments.add(new Segment(Kind.SOURCE, source.source()));
      rest.setLength(0);
      rest.append(source.after());
    }
    rest.append(endsSentence(source.text()) ? " " : ". ");
    if (work.organisationsNote() != null) {
      rest.append(sentence(work.organisationsNote()));
    }
    SourceNote website = work.websiteNote();
    if (website != null) {
      rest.append(website.before());
      segments.add(new Segment(Kind.PLAIN, rest.toString()));
      segments.add(new Segment(Kind.URL, website.source()));
      rest.setLength(0);
      rest.append(website.after()).append(". ");
    }
    rest.append(terms.retrieved(work.accessed())).append(' ');
    segments.add(new Segment(Kind.PLAIN, rest.toString()));
    segments.add(new Segment(Kind.URL, work.url()));
    return new Citation(segments);
  }

  /** The citation as plain text (no italics). */
  public String text() {
    StringBuilder text = new StringBuilder();
    segments.forEach(segment -> text.append(segment.text()));
    return text.toString();
  }

  /**
   * APA's list of names: {@code A}, {@code A & B}, {@code A, B, & C}. When a name holds a comma
   * itself ({@code Jansen, Piet}), the names are separated by semicolons, two of them too
   * ({@code Jansen, Piet; & B}, {@code A; Jansen, Piet; & C}), so that no reader takes one name
   * for two.
   */
  static String names(List<String> names) {
    boolean comma = names.stream().anyMatch(name -> name.contains(","));
    String separator = comma ? "; " : ", ";
    return switch (names.size()) {
      case 0 -> throw new IllegalArgumentException("no names");
      case 1 -> names.get(0);
      case 2 -> names.get(0) + (comma ? "; & " : " & ") + names.get(1);
      default -> String.join(separator, names.subList(0, names.size() - 1)) + separator + "& "
          + names.get(names.size() - 1);
    };
  }

  /** {@code text} as a sentence of the citation: ended by a period unless it ends one, then a space. */
  private static String sentence(String text) {
    return text + (endsSentence(text) ? " " : ". ");
  }

  private static boolean endsSentence(String text) {
    return text.endsWith(".") || text.endsWith("?") || text.endsWith("!");
  }
}
