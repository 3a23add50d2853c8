package nl.buurtkennis.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.buurtkennis.corpus.CorpusDocument;

/**
 * What a citation of a corpus document states, the same in every format (text, RIS, BibTeX, the
 * feed). A corpus document is a text Buurtkennis wrote in its own words from a source that its
 * {@code source} names; so it is cited as a web page published by Buurtkennis, whose author is
 * Buurtkennis unless the front matter names who wrote it ({@code authors}). It has no date of its
 * own: {@code year} is the year of the source, which the source note says.
 *
 * @param creators who wrote the text: the front matter's {@code authors}, or Buurtkennis
 * @param corporate whether the creator is Buurtkennis, an organisation rather than persons
 * @param publisher Buurtkennis, the website that publishes the text
 * @param url the document's page on this site in the citation's language
 * @param accessed the day the page was cited, the access date a citation of a web page gives
 * @param sourceYear the year of the source (the front matter's {@code year}), or null when it has none
 * @param sourceNote the source the text is based on, with its year: the citation's words around
 *     the source as the front matter names it, which is in the document's language
 * @param organisationsNote the organisations of the front matter, named as involved, or null
 * @param website the front matter's {@code url} (the practice's or the source's own site), or
 *     null: cited beside the page, never in its place, as what is cited is the page
 */
public record CitedWork(List<String> creators, boolean corporate, String publisher, String title,
    String url, LocalDate accessed, Integer sourceYear, SourceNote sourceNote, String organisationsNote,
    String website, CitationTerms terms) {
  public static final String PUBLISHER = "Buurtkennis";

  public CitedWork {
    creators = List.copyOf(creators);
  }

  static CitedWork of(ExportEntry entry) {
    CorpusDocument doc = entry.document();
    CitationTerms terms = entry.terms();
    boolean corporate = doc.authors().isEmpty();
    String source = doc.source() == null || doc.source().isBlank() ? null : doc.source().strip();
    String organisationsNote = doc.organisations().isEmpty() ? null
        : terms.organisations(String.join(", ", doc.organisations()));
    String website = doc.url() == null || doc.url().isBlank() ? null : doc.url().strip();
    return new CitedWork(corporate ? List.of(PUBLISHER) : doc.authors(), corporate, PUBLISHER,
        doc.title().strip(), entry.pageUrlInLanguage(), entry.accessed(), doc.year(),
        terms.basedOnNote(doc.year(), source), organisationsNote, website, terms);
  }

  /**
   * The notes of the text, RIS and BibTeX citations: the source with its year, then the
   * organisations (the feed carries the source alone, {@link AtomFeed}).
   */
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    notes.add(sourceNote.text());
    if (organisationsNote != null) {
      notes.add(organisationsNote);
    }
    return notes;
  }

  /** The notes as sentences of one text, each ended by a period unless it ends a sentence. */
  public String notesText() {
    return String.join(" ", notes().stream().map(CitedWork::sentence).toList());
  }

  /** The note naming {@link #website}, or null when there is none. */
  public SourceNote websiteNote() {
    return website == null ? null : terms.websiteNote(website);
  }

  static String sentence(String text) {
    return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
  }
}
