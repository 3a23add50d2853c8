package nl.buurtkennis.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A result set as CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed), one row
 * per document under a header row.
 *
 * <p>Facet columns ({@code type}, {@code language}, {@code forms}, {@code issues}, {@code
 * benefits}, {@code conditions}, {@code police_tasks}, {@code evidence}) hold the vocabulary's ids, not labels: they are the same in either
 * language and are the values the search URLs and {@code /api/taxonomy} use, so a column can be
 * filtered and joined. A list is one cell, its values joined with {@code "; "}.
 *
 * <p>The text starts with a UTF-8 byte-order mark (U+FEFF).
 */
final class CsvExport {
  static final List<String> COLUMNS = List.of("id", "title", "type", "language", "year", "places",
      "organisations", "authors", "forms", "issues", "benefits", "conditions", "police_tasks",
      "evidence", "source", "url",
      "document_url", "search_url");
  static final String LIST_SEPARATOR = "; ";
  /**
   * Without it Excel opens a CSV file in the Windows code page of its locale (1252 for Dutch), and
   * {@code coördinatie} reads {@code coÃ¶rdinatie}. With it, Excel reads UTF-8.
   */
  static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final CsvMapper MAPPER = new CsvMapper();
  private static final CsvSchema SCHEMA = schema();

  private CsvExport() {}

  static String write(List<ExportEntry> entries, String searchUrl) {
    StringWriter out = new StringWriter();
    out.write(BYTE_ORDER_MARK);
    // Strict checking quotes only the cells that need it, instead of every longer one.
    try (SequenceWriter rows = MAPPER.writer(SCHEMA)
        .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writeValues(out)) {
      for (ExportEntry entry : entries) {
        rows.write(row(entry, searchUrl));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static String[] row(ExportEntry entry, String searchUrl) {
    var doc = entry.document();
    return new String[] {
        doc.id(), text(doc.title()), doc.type(), doc.language(), Integer.toString(doc.year()),
        list(doc.places()), list(doc.organisations()), list(doc.authors()), list(doc.forms()),
        list(doc.issues()), list(doc.benefits()), list(doc.conditions()),
        list(doc.policeTasks()), doc.evidence(), text(doc.source()),
        text(doc.url()), entry.pageUrlInLanguage(), searchUrl};
  }

  private static String list(List<String> values) {
    return text(String.join(LIST_SEPARATOR, values));
  }

  /**
   * A text cell that a spreadsheet will not run: a value starting with {@code = + - @} or a tab
   * would be read as a formula by Excel and LibreOffice (CSV injection), so it gets a leading
   * apostrophe, as OWASP advises.
   */
  static String text(String value) {
    if (value == null || value.isEmpty()) {
      return value;
    }
    return "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  private static CsvSchema schema() {
    CsvSchema.Builder builder = CsvSchema.builder();
    COLUMNS.forEach(builder::addColumn);
    return builder.setUseHeader(true).setLineSeparator("\r\n").build();
  }
}
