package nl.buurtkennis.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The list levels of a Word (.docx) document's numbered and bulleted paragraphs, which Tika does
 * not give: it writes each such paragraph as {@code <p>} with its number or bullet ({@code ·},
 * {@code 1.}, {@code a)}) as text, whatever its level. Read from {@code word/document.xml},
 * streamed, for the paragraphs of the body (not those in tables or text boxes), in order; each
 * kept as its level and a hash of its text, so that {@link #match} can tell Tika's paragraph from
 * it. Reading stops where Tika's text would reach its limit ({@link
 * DocumentExtractor#WRITE_LIMIT}). When anything is amiss there are no levels, and lists are
 * written flat as before.
 */
final class WordListLevels {
  /** A paragraph of Tika's matched to a list paragraph: its level, mark and text. */
  record Item(int level, String mark, String text) {}

  private record Entry(int level, int length, int hash) {}

  /**
   * How many list paragraphs a paragraph of Tika's may be matched past: ones whose text Tika
   * wrote otherwise (a symbol, a field), so that the next does not match.
   */
  private static final int LOOK_AHEAD = 64;
  /** The longest mark (number or bullet) Tika writes before a list paragraph's text. */
  private static final int MAX_MARK = 12;
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private final List<Entry> entries;
  private int next;

  private WordListLevels(List<Entry> entries) {
    this.entries = entries;
  }

  static WordListLevels none() {
    return new WordListLevels(List.of());
  }

  /** The levels of the list paragraphs of {@code docx}; none when it cannot be read. */
  static WordListLevels of(byte[] docx) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("word/document.xml")) {
          return new WordListLevels(read(zip));
        }
      }
    } catch (IOException | XMLStreamException | RuntimeException e) {
      // Tika reads the file on its own and says what is wrong; the lists are only flat
    }
    return none();
  }

  /**
   * {@code paragraph} (Tika's text of one paragraph, heading or list item, whitespace stripped)
   * as the next list paragraph of the document: its level, the mark Tika wrote before it (up to
   * the first space; "" when it wrote none, which only the next list paragraph may match, lest a
   * plain paragraph be taken for one further on) and its text; null when it is none. Every
   * paragraph is offered, so that numbered headings take their own turn.
   */
  Item match(String paragraph) {
    if (entries.isEmpty()) {
      return null;
    }
    String text = SPACE.matcher(paragraph).replaceAll(" ");
    int space = text.indexOf(' ');
    String rest = space > 0 && space <= MAX_MARK ? text.substring(space + 1) : null;
    int whole = text.hashCode();
    int restHash = rest == null ? 0 : rest.hashCode();
    int end = Math.min(entries.size(), next + LOOK_AHEAD);
    for (int i = next; i < end; i++) {
      Entry entry = entries.get(i);
      if (rest != null && entry.length() == rest.length() && entry.hash() == restHash) {
        next = i + 1;
        return new Item(entry.level(), text.substring(0, space), rest);
      }
      if (i == next && entry.length() == text.length() && entry.hash() == whole) {
        next = i + 1;
        return new Item(entry.level(), "", text);
      }
    }
    return null;
  }

  private static List<Entry> read(ZipInputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    XMLStreamReader xml = factory.createXMLStreamReader(in);
    List<Entry> entries = new ArrayList<>();
    int tables = 0;
    int paragraphs = 0;
    int skipped = 0; // depth inside mc:Fallback, the copy of content Word gives old readers
    boolean numbered = false;
    boolean inText = false;
    int level = 0;
    StringBuilder text = new StringBuilder();
    long seen = 0; // characters of text so far
    try {
      while (xml.hasNext() && seen <= DocumentExtractor.WRITE_LIMIT) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String name = xml.getLocalName();
          if (skipped > 0 || name.equals("Fallback")) {
            skipped++;
            continue;
          }
          if (!word(xml.getNamespaceURI())) {
            continue;
          }
          switch (name) {
            case "tbl" -> tables++;
            case "p" -> {
              if (++paragraphs == 1) {
                numbered = false;
                level = 0;
                text.setLength(0);
              }
            }
            case "numId" -> numbered |= paragraphs == 1 && !"0".equals(value(xml));
            case "ilvl" -> level = paragraphs == 1 ? level(value(xml)) : level;
            case "t" -> inText = paragraphs > 0;
            case "tab", "br", "cr" -> text.append(' ');
            default -> { }
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          if (skipped > 0) {
            skipped--;
            continue;
          }
          if (!word(xml.getNamespaceURI())) {
            continue;
          }
          switch (xml.getLocalName()) {
            case "tbl" -> tables--;
            case "t" -> inText = false;
            case "p" -> {
              if (--paragraphs == 0 && numbered && tables == 0) {
                String plain = SPACE.matcher(text).replaceAll(" ").strip();
                entries.add(new Entry(level, plain.length(), plain.hashCode()));
              }
            }
            default -> { }
          }
        } else if (inText && skipped == 0 && (event == XMLStreamConstants.CHARACTERS
            || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE)) {
          text.append(xml.getText());
          seen += xml.getTextLength();
        }
      }
    } finally {
      xml.close();
    }
    return entries;
  }

  private static boolean word(String namespace) {
    return namespace != null && namespace.contains("wordprocessingml")
        && namespace.endsWith("main");
  }

  private static String value(XMLStreamReader xml) {
    for (int i = 0; i < xml.getAttributeCount(); i++) {
      if (xml.getAttributeLocalName(i).equals("val")) {
        return xml.getAttributeValue(i);
      }
    }
    return "";
  }

  private static int level(String value) {
    try {
      return Math.min(8, Math.max(0, Integer.parseInt(value.strip())));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
