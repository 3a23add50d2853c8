package nl.buurtkennis.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A result set as CSV (RFC 4180: comma-separated, CRLF line ends, quoted where needed), one row
 * per document under a header row; separated by semicolons instead when asked ({@link
 * CsvDelimiter}), quoted the same way.
 *
 * <p>The facet columns ({@code type}, {@code language}, {@code forms}, {@code issues}, {@code
 * benefits}, {@code conditions}, {@code police_tasks}, {@code evidence}) hold the vocabulary's
 * labels in the language of the export, for people reading the sheet; the same values as the
 * vocabulary's ids, which are the same in either language and are what the search URLs and {@code
 * /api/taxonomy} use, follow at the end ({@code type_id} ... {@code evidence_id}) for scripts. A
 * list is one cell, its values joined with {@code "; "}, a value holding {@code ;} or {@code "}
 * quoted ({@link #listItem}). Column names are the same in either language.
 *
 * <p>The text starts with a UTF-8 byte-order mark (U+FEFF).
 */
final class CsvExport {
  static final List<String> COLUMNS = List.of("id", "title", "summary", "type", "language", "year",
      "places", "organisations", "authors", "forms", "issues", "benefits", "conditions",
      "police_tasks", "evidence", "source", "url", "document_url", "search_url", "type_id",
      "language_id", "form_ids", "issue_ids", "benefit_ids", "condition_ids", "police_task_ids",
      "evidence_id");
  /** The facet dimensions whose labels and then ids the CSV holds, in the order of its columns. */
  private static final List<String> FACETS = List.of("type", "language", "form", "issue",
      "benefit", "condition", "police_task", "evidence");
  static final String LIST_SEPARATOR = "; ";
  /**
   * Without it Excel opens a CSV file in the Windows code page of its locale (1252 for Dutch), and
   * {@code coördinatie} reads {@code coÃ¶rdinatie}. With it, Excel reads UTF-8.
   */
  static final char BYTE_ORDER_MARK = '\uFEFF';

  private static final CsvMapper MAPPER = new CsvMapper();
  private static final CsvSchema SCHEMA = schema();

  private CsvExport() {}

  /** {@code entries} comma-separated. */
  static String write(List<ExportEntry> entries, String searchUrl) {
    return write(entries, searchUrl, CsvDelimiter.COMMA);
  }

  static String write(List<ExportEntry> entries, String searchUrl, CsvDelimiter delimiter) {
    StringWriter out = new StringWriter();
    out.write(BYTE_ORDER_MARK);
    // Strict checking quotes only the cells that need it, instead of every longer one.
    try (SequenceWriter rows = MAPPER.writer(SCHEMA.withColumnSeparator(delimiter.character()))
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
    List<String> row = new ArrayList<>(Arrays.asList(doc.id(), text(doc.title()),
        text(doc.summary())));
    FACETS.subList(0, 2).forEach(dim -> row.add(list(entry.labelsOf(dim))));
    row.add(doc.year() == null ? "" : doc.year().toString());
    row.addAll(Arrays.asList(list(doc.places()), list(doc.organisations()), list(doc.authors())));
    FACETS.subList(2, FACETS.size()).forEach(dim -> row.add(list(entry.labelsOf(dim))));
    row.addAll(Arrays.asList(text(doc.source()), text(doc.url()), entry.pageUrlInLanguage(),
        searchUrl));
    FACETS.forEach(dim -> row.add(list(entry.idsOf(dim))));
    return row.toArray(String[]::new);
  }

  private static String list(List<String> values) {
    return text(String.join(LIST_SEPARATOR, values.stream().map(CsvExport::listItem).toList()));
  }

  /**
   * A value of a list cell, put between double quotes (a {@code "} in it doubled, as CSV quotes a
   * cell) when it holds the separator's {@code ;} or a {@code "}, so that the cell splits back
   * into the values it was joined from.
   */
  static String listItem(String value) {
    return value.indexOf(';') < 0 && value.indexOf('"') < 0 ? value
        : '"' + value.replace("\"", "\"\"") + '"';
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
