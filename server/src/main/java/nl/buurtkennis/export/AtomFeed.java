package nl.buurtkennis.export;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import nl.buurtkennis.corpus.CorpusDocument;
import nl.buurtkennis.corpus.DocumentParser;

/**
 * A search as an Atom 1.0 feed (RFC 4287), so that a feed reader shows what is new for it. Written
 * with {@link XMLStreamWriter}, which escapes every text and attribute value.
 *
 * <p>Each entry carries what its citation carries ({@link CitedWork}): its creators as {@code
 * author} (Buurtkennis unless the front matter names authors) and, as Dublin Core's {@code
 * dc:source} ("a related resource from which the described resource is derived"), the source the
 * text is based on as the front matter names it, as {@code dc:date} the source's year when it has
 * one, and as {@code dc:relation} the organisations of the front matter, named as involved; the
 * front matter's {@code url} is its {@code related} link.
 *
 * <p>An entry's {@code updated} (RFC 4287: when the entry was last modified in a way the publisher
 * considers significant) comes from the document alone, so that every copy of the corpus dates an
 * entry alike: a fresh clone or checkout gives every file a new modification time, and a feed
 * dated by those would announce every document as changed. The one date a document has is its
 * source's year ({@link Entry#of}).
 */
public final class AtomFeed {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String AUTHOR = CitedWork.PUBLISHER;

  private AtomFeed() {}

  /**
   * What the feed says about itself.
   *
   * @param selfUrl the absolute URL of the feed; also its id, so one search is one feed
   * @param searchUrl the absolute URL of the same search as a page in the feed's language (the
   *     feed's alternate link)
   * @param updated when the feed last changed: when the index it comes from was built
   * @param lang the language of its text, {@code nl} or {@code en}
   */
  public record Head(String title, String selfUrl, String searchUrl, Instant updated,
      String lang) {}

  /**
   * One entry of the feed.
   *
   * @param updated the entry's date ({@link #of})
   */
  public record Entry(ExportEntry export, Instant updated) {
    /**
     * A document undated as its source is: the first moment the corpus format allows, January 1
     * of {@link DocumentParser#MIN_YEAR}, so that it is older than every dated entry, as "newest
     * first" puts it last.
     */
    public static final Instant UNDATED = firstMomentOf(DocumentParser.MIN_YEAR);

    /**
     * The entry of {@code export}, dated by its source's year: the first moment of that year in
     * UTC, as Atom needs a moment where the document has a year ({@code dc:date} gives the year
     * alone); {@link #UNDATED} for a source without a year.
     */
    public static Entry of(ExportEntry export) {
      Integer year = export.document().year();
      return new Entry(export, year == null ? UNDATED : firstMomentOf(year));
    }

    private static Instant firstMomentOf(int year) {
      return LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }
  }

  /** The feed of {@code entries}, in their order. */
  public static String write(Head head, List<Entry> entries) {
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.setPrefix("dc", DC);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace(ATOM);
      xml.writeNamespace("dc", DC);
      lang(xml, head.lang());
      text(xml, "title", head.title());
      text(xml, "id", head.selfUrl());
      link(xml, "self", "application/atom+xml", head.selfUrl());
      link(xml, "alternate", "text/html", head.searchUrl());
      text(xml, "updated", head.updated().toString());
      // A feed needs an author unless every entry has one; most documents name none.
      xml.writeStartElement("author");
      text(xml, "name", AUTHOR);
      xml.writeEndElement();
      for (Entry entry : entries) {
        entry(xml, entry, head.lang());
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("could not write the feed", e);
    }
    return out.toString();
  }

  /**
   * One entry. Its title, summary and source are in the document's language, which the entry
   * declares when it is not the feed's; its categories' labels and its notes in the citation's
   * words are in the feed's language, which they then declare again.
   */
  private static void entry(XMLStreamWriter xml, Entry feedEntry, String feedLang)
      throws XMLStreamException {
    ExportEntry entry = feedEntry.export();
    CorpusDocument doc = entry.document();
    xml.writeStartElement("entry");
    String docLang = doc.language();
    boolean otherLang = docLang != null && !docLang.isBlank() && !docLang.equals(feedLang);
    if (otherLang) {
      lang(xml, docLang);
    }
    // The page URL is the document's permanent address here, which is what an Atom id must be.
    text(xml, "id", entry.pageUrl());
    text(xml, "title", doc.title());
    link(xml, "alternate", "text/html", entry.pageUrlInLanguage());
    if (entry.cited().website() != null) {
      link(xml, "related", "text/html", entry.cited().website());
    }
    text(xml, "updated", feedEntry.updated().truncatedTo(ChronoUnit.SECONDS).toString());
    CitedWork work = entry.cited();
    for (String author : work.creators()) {
      xml.writeStartElement("author");
      text(xml, "name", author);
      xml.writeEndElement();
    }
    for (Map.Entry<String, String> form : entry.formLabels().entrySet()) {
      xml.writeEmptyElement("category");
      xml.writeAttribute("term", form.getKey());
      xml.writeAttribute("label", xmlChars(form.getValue()));
      if (otherLang) {
        lang(xml, feedLang);
      }
    }
    if (doc.summary() != null && !doc.summary().isBlank()) {
      text(xml, "summary", doc.summary());
    }
    // The source alone, in the document's language like the title: a note in the feed's words
    // around it would mark one of the two languages wrongly. Only a document without a source
    // gets the note, which then is the feed's words alone ("Based on a source from 2014").
    SourceNote source = work.sourceNote();
    if (source.source() != null) {
      note(xml, "source", source.source(), null);
    } else {
      note(xml, "source", source.text(), otherLang ? feedLang : null);
    }
    if (doc.year() != null) {
      // W3CDTF, which Dublin Core dates use, has a year alone: no day is made up for it.
      note(xml, "date", String.format(Locale.ROOT, "%04d", doc.year()), null);
    }
    if (work.organisationsNote() != null) {
      note(xml, "relation", work.organisationsNote(), otherLang ? feedLang : null);
    }
    xml.writeEndElement();
  }

  /**
   * A Dublin Core element; {@code lang} is the language it declares again, the feed's in an entry
   * in the other language when its words are the feed's (like the labels), or null.
   */
  private static void note(XMLStreamWriter xml, String element, String note, String lang)
      throws XMLStreamException {
    xml.writeStartElement("dc", element, DC);
    if (lang != null) {
      lang(xml, lang);
    }
    xml.writeCharacters(xmlChars(note));
    xml.writeEndElement();
  }

  private static void lang(XMLStreamWriter xml, String lang) throws XMLStreamException {
    xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", lang);
  }

  private static void text(XMLStreamWriter xml, String element, String value)
      throws XMLStreamException {
    xml.writeStartElement(element);
    xml.writeCharacters(xmlChars(value));
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", xmlChars(href));
  }

  /**
   * {@code value} without the characters XML 1.0 cannot hold at all (most control characters):
   * the writer escapes markup but passes those through, and one would make the feed unreadable.
   */
  static String xmlChars(String value) {
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().filter(AtomFeed::allowed).forEach(out::appendCodePoint);
    return out.toString();
  }

  private static boolean allowed(int c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
