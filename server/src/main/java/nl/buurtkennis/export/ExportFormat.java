package nl.buurtkennis.export;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The formats a result set can be exported in, with their media types and file extensions. */
public enum ExportFormat {
  CSV("csv", "text/csv; charset=utf-8", "csv"),
  // RIS has no registered media type; this is the one Zotero, EndNote and Mendeley recognise.
  RIS("ris", "application/x-research-info-systems; charset=utf-8", "ris"),
  BIBTEX("bibtex", "application/x-bibtex; charset=utf-8", "bib");

  private final String id;
  private final String mediaType;
  private final String extension;

  ExportFormat(String id, String mediaType, String extension) {
    this.id = id;
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /** The value of the {@code format} parameter that asks for this format. */
  public String id() {
    return id;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The file name extension, without the dot. */
  public String extension() {
    return extension;
  }

  /** The format whose {@link #id()} is {@code id}; empty for null or anything else. */
  public static Optional<ExportFormat> of(String id) {
    return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
  }

  /**
   * {@code entries} in this format, in their order.
   *
   * @param searchUrl the absolute URL of the search the entries come from, or null when they do not
   *     come from a search (a single document cited from its page)
   * @param terms the words of the export's language, for what the export says of itself
   */
  public String write(List<ExportEntry> entries, String searchUrl, CitationTerms terms) {
    return write(entries, searchUrl, terms, CsvDelimiter.COMMA);
  }

  /**
   * As {@link #write(List, String, CitationTerms)}, a CSV's cells separated by {@code delimiter};
   * the other formats have no delimiter to choose.
   */
  public String write(List<ExportEntry> entries, String searchUrl, CitationTerms terms,
      CsvDelimiter delimiter) {
    return switch (this) {
      case CSV -> CsvExport.write(entries, searchUrl, delimiter);
      case RIS -> RisExport.write(entries, searchUrl);
      case BIBTEX -> BibtexExport.write(entries, searchUrl, terms);
    };
  }
}
