package nl.buurtkennis.export;

import java.time.format.DateTimeFormatter;
import java.util.List;
import nl.buurtkennis.corpus.CorpusDocument;

/**
 * Documents as RIS, the tagged format Zotero, EndNote and Mendeley import: per document a record
 * of lines {@code XX  - value} (tag, two spaces, hyphen, space) from {@code TY} to {@code ER},
 * records separated by an empty line, every line ended by CRLF as the RIS specification asks.
 *
 * <p>Every document is Buurtkennis's own text on a web page ({@link CitedWork}), whatever its
 * {@code type}: an electronic source ({@code ELEC}, which Zotero and EndNote import as a web page)
 * with its creators as {@code AU} (Buurtkennis, a corporate name, unless the front matter names
 * authors), Buurtkennis as {@code PB}, the page as {@code UR} (and after it the front matter's
 * {@code url} as a second {@code UR}) and the day of the export as the
 * access date {@code Y2}. It has no {@code PY}: its {@code year} is the source's, which the first
 * {@code N1} names with the source; a second names the organisations, a last the search, each in
 * the language of the export.
 */
final class RisExport {
  static final String EOL = "\r\n";
  static final String TYPE = "ELEC";
  /** RIS dates are {@code YYYY/MM/DD}. */
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");

  private RisExport() {}

  static String write(List<ExportEntry> entries, String searchUrl) {
    StringBuilder out = new StringBuilder();
    for (ExportEntry entry : entries) {
      if (!out.isEmpty()) {
        out.append(EOL);
      }
      record(out, entry, searchUrl);
    }
    return out.toString();
  }

  private static void record(StringBuilder out, ExportEntry entry, String searchUrl) {
    CorpusDocument doc = entry.document();
    CitedWork work = entry.cited();
    line(out, "TY", TYPE);
    line(out, "TI", work.title());
    work.creators().forEach(creator -> line(out, "AU", creator));
    line(out, "PB", work.publisher());
    line(out, "AB", doc.summary());
    entry.keywordsAndSubjects().forEach(keyword -> line(out, "KW", keyword));
    line(out, "LA", doc.language());
    line(out, "UR", work.url());
    line(out, "UR", work.website()); // RIS repeats UR for a second address; the page's is first
    line(out, "Y2", DATE.format(work.accessed()));
    work.notes().forEach(note -> line(out, "N1", note));
    if (searchUrl != null) {
      line(out, "N1", entry.terms().foundWith(searchUrl));
    }
    out.append("ER  - ").append(EOL);
  }

  /** One tagged line; a value must be one line, so its line breaks become spaces. */
  private static void line(StringBuilder out, String tag, String value) {
    if (value == null || value.isBlank()) {
      return; // an empty tag is noise to every importer
    }
    out.append(tag).append("  - ").append(value.strip().replaceAll("\\s*[\\r\\n]+\\s*", " "))
        .append(EOL);
  }
}
