package nl.buurtkennis.export;

import java.util.ArrayList;
import java.util.List;
import nl.buurtkennis.corpus.CorpusDocument;

/**
 * A citation of one document in the manner of APA: {@code Creator (year). Title. Source. URL},
 * or {@code Title (year). Source. URL} when it names no creator (APA moves the title into the
 * author's place).
 *
 * <p>The creator is the authors, or else, for a publication ({@link ExportEntry#isPublication()}),
 * the organisations that published it: the organisations of a practice description run the
 * practice and did not write the text. The URL is the document's page on this
 * site, because the text cited is the description held here, not the source it draws on; in the
 * language the citation was asked in, so that an English citation leads to the English page.
 *
 * @param segments the citation in order; only the title is set in italics where markup allows
 */
public record Citation(List<Segment> segments) {

  /** A run of the citation's text: plain, the title, or the URL. */
  public record Segment(Kind kind, String text) {}

  /** How a segment is shown where markup exists: the title italic, the URL as a link. */
  public enum Kind { PLAIN, TITLE, URL }

  public Citation {
    segments = List.copyOf(segments);
  }

  public static Citation of(ExportEntry entry) {
    CorpusDocument doc = entry.document();
    String creator = names(!doc.authors().isEmpty() ? doc.authors()
        : entry.isPublication() ? doc.organisations() : List.of());
    String title = doc.title().strip();
    List<Segment> segments = new ArrayList<>();
    if (creator != null) {
      segments.add(new Segment(Kind.PLAIN, creator + " (" + doc.year() + "). "));
      segments.add(new Segment(Kind.TITLE, title));
      segments.add(new Segment(Kind.PLAIN, endsSentence(title) ? " " : ". "));
    } else {
      segments.add(new Segment(Kind.TITLE, title));
      segments.add(new Segment(Kind.PLAIN, " (" + doc.year() + "). "));
    }
    if (doc.source() != null && !doc.source().isBlank()) {
      String source = doc.source().strip();
      segments.add(new Segment(Kind.PLAIN, source + (endsSentence(source) ? " " : ". ")));
    }
    segments.add(new Segment(Kind.URL, entry.pageUrlInLanguage()));
    return new Citation(segments);
  }

  /** The citation as plain text (no italics). */
  public String text() {
    StringBuilder text = new StringBuilder();
    segments.forEach(segment -> text.append(segment.text()));
    return text.toString();
  }

  /** APA's list of names: {@code A}, {@code A & B}, {@code A, B, & C}; null for none. */
  static String names(List<String> names) {
    return switch (names.size()) {
      case 0 -> null;
      case 1 -> names.get(0);
      case 2 -> names.get(0) + " & " + names.get(1);
      default -> String.join(", ", names.subList(0, names.size() - 1)) + ", & "
          + names.get(names.size() - 1);
    };
  }

  private static boolean endsSentence(String text) {
    return text.endsWith(".") || text.endsWith("?") || text.endsWith("!");
  }
}
