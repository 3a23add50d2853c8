package nl.buurtkennis.export;

import java.util.List;
import nl.buurtkennis.corpus.CorpusDocument;

/**
 * Documents as RIS, the tagged format Zotero, EndNote and Mendeley import: per document a record
 * of lines {@code XX  - value} (tag, two spaces, hyphen, space) from {@code TY} to {@code ER},
 * records separated by an empty line, every line ended by CRLF as the RIS specification asks.
 *
 * <p>Reference types: {@code report}, {@code evaluation} and {@code policy} documents are reports
 * of an organisation ({@code RPRT}, with the organisations as {@code PB}); a {@code practice} is a
 * description of an initiative and an {@code article} names no journal, so both are generic
 * ({@code GEN}) rather than a {@code JOUR} with an empty journal field.
 */
final class RisExport {
  static final String EOL = "\r\n";

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

  /** The RIS reference type of a document: a report for a publication, else generic. */
  static String type(ExportEntry entry) {
    return entry.isPublication() ? "RPRT" : "GEN";
  }

  private static void record(StringBuilder out, ExportEntry entry, String searchUrl) {
    CorpusDocument doc = entry.document();
    line(out, "TY", type(entry));
    line(out, "TI", doc.title());
    doc.authors().forEach(author -> line(out, "AU", author));
    line(out, "PY", Integer.toString(doc.year()));
    if (entry.isPublication()) {
      doc.organisations().forEach(organisation -> line(out, "PB", organisation));
    }
    line(out, "AB", doc.summary());
    entry.keywordsAndSubjects().forEach(keyword -> line(out, "KW", keyword));
    line(out, "LA", doc.language());
    line(out, "UR", entry.pageUrlInLanguage());
    line(out, "N1", doc.source());
    if (searchUrl != null) {
      line(out, "N1", "Found with: " + searchUrl);
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
