package nl.buurtkennis.admin;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Writes the XHTML that Tika makes of an uploaded file as the Markdown a corpus body is: each
 * paragraph apart (a single line break would join it to the next one), headings as Markdown
 * headings one level down ({@code h1} becomes {@code ## }, the level that starts a passage, as the
 * document's title is in the front matter), list items as {@code - } (or numbered) lines, also
 * where Word's bullets and numbers reach Tika as paragraph text, nested items indented under their
 * parent's text ({@link MarkdownList}): from nested {@code <ul>}/{@code <ol>}, Word's list styles
 * ({@code List Bullet 2}) and, as Tika leaves them out, Word's list levels ({@link
 * WordListLevels}); and each table row as a line of its cells. Inline markup (bold, links) is left
 * out; its text is kept. A Word document's first Title-style paragraph (Tika's
 * {@code <h1 class="title">}) is the document's title, not a passage: it is left out of the text
 * and kept as {@link #title()}.
 */
final class MarkdownText extends DefaultHandler {
  /**
   * A paragraph that starts with a bullet: Word's lists reach Tika as paragraphs with the bullet
   * as text ({@code ·}, or a Symbol font's private-use character).
   */
  private static final Pattern BULLET =
      Pattern.compile("[\u00B7\u2022\u25E6\u25AA\u25A0\u25CF\u25CB\u2023\u2043\u27A2\u25BA"
          + "\uF0B7\uF0A7\uF0D8\uF076*+\\-\u2013]\\s+(.+)", Pattern.DOTALL);
  /** A paragraph that starts with its number in a list ({@code 1.} or {@code 1)}). */
  private static final Pattern NUMBER = Pattern.compile("(\\d{1,3})[.)]\\s+(.+)", Pattern.DOTALL);
  /** A mark of Word's numbering that Markdown can keep as the item's number. */
  private static final Pattern NUMBER_MARK = Pattern.compile("(\\d{1,3})[.)]");
  /** Tika's mark for a bulleted item of Word's numbering, or a Symbol font's bullet. */
  private static final Pattern BULLET_MARK = Pattern.compile(
      "[\u00B7\u2022\u25E6\u25AA\u25A0\u25CF\u25CB\u2023\u2043\u27A2\u25BA"
      + "\uF0B7\uF0A7\uF0D8\uF076o*+\\-\u2013]?");
  /** A Word list style as Tika names it: {@code list_Bullet}, {@code list_Number_2}. */
  private static final Pattern LIST_STYLE = Pattern.compile("list_(Bullet|Number)(?:_([1-9]))?");
  /**
   * What Markdown would read as a heading, a quote or a list number at the start of a paragraph
   * that is none ({@code # niet als kop}, {@code 1995. Dat jaar}): escaped, so that it stays text.
   */
  private static final Pattern LITERAL_MARK = Pattern.compile("^(?:[#>]|\\d+[.)](?=\\s))");
  private final StringBuilder out = new StringBuilder();
  private final StringBuilder block = new StringBuilder();
  private final WordListLevels wordLists;
  private final MarkdownList list = new MarkdownList();
  /** The open lists of the XHTML, innermost first: true for {@code <ol>}. */
  private final Deque<Boolean> lists = new ArrayDeque<>();
  /** The open heading's mark ({@code ## }), or "". */
  private String prefix = "";
  /** The open block is a list item at this level (0 the first); -1 when it is none. */
  private int itemLevel = -1;
  private boolean itemOrdered;
  private int cellsInRow;
  private boolean inRow;
  /** The last line written was a list item: a block that is not one starts after a blank line. */
  private boolean inList;
  /** The open paragraph is a list item by its Word style ({@link #styledItem}). */
  private boolean styledParagraph;
  /** The open heading is the document's first Title-style paragraph. */
  private boolean titleParagraph;
  private String title = "";

  MarkdownText() {
    this(WordListLevels.none());
  }

  /** @param wordLists the levels of the Word document's list paragraphs, which Tika leaves out */
  MarkdownText(WordListLevels wordLists) {
    this.wordLists = wordLists;
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attributes) {
    String name = name(localName, qName);
    switch (name) {
      case "p", "div", "blockquote", "pre" -> {
        if (startsBlock()) {
          flush();
          styledParagraph = styledItem(attributes);
        }
      }
      case "h1", "h2", "h3", "h4", "h5", "h6" -> {
        flush();
        int level = Math.min(6, name.charAt(1) - '0' + 1);
        prefix = "#".repeat(level) + " ";
        titleParagraph = level == 2 && title.isEmpty() && attributes != null
            && "title".equals(attributes.getValue("class"));
      }
      case "ul", "ol" -> {
        flush();
        lists.push(name.equals("ol"));
      }
      case "li" -> {
        flush();
        itemLevel = Math.max(0, lists.size() - 1);
        itemOrdered = Boolean.TRUE.equals(lists.peek());
      }
      case "tr" -> {
        flush();
        cellsInRow = 0;
        inRow = true;
      }
      case "td", "th" -> {
        stripTrailingSpace(); // the white space between cells
        if (cellsInRow++ > 0) {
          block.append(" | ");
        }
      }
      case "br" -> block.append('\n');
      default -> { }
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = name(localName, qName);
    switch (name) {
      case "p", "div", "blockquote", "pre" -> {
        if (startsBlock() || styledParagraph) {
          flush();
          styledParagraph = false;
        }
      }
      case "h1", "h2", "h3", "h4", "h5", "h6", "li" -> flush();
      case "tr" -> {
        flush();
        inRow = false;
      }
      case "ul", "ol" -> {
        flush();
        lists.poll();
        if (lists.isEmpty()) {
          endBlock();
        }
      }
      case "table" -> endBlock();
      default -> { }
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    block.append(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    block.append(ch, start, length);
  }

  @Override
  public void endDocument() {
    flush();
  }

  /**
   * The text of the document's first Title-style paragraph, which the Markdown leaves out; ""
   * when it has none.
   */
  String title() {
    return title;
  }

  /** The Markdown so far; the parse may have been cut at its write limit. */
  @Override
  public String toString() {
    flush();
    return out.toString();
  }

  private void flush() {
    String text = block.toString().strip();
    block.setLength(0);
    String kind = prefix;
    prefix = "";
    int level = itemLevel;
    itemLevel = -1;
    boolean isTitle = titleParagraph;
    titleParagraph = false;
    if (text.isEmpty()) {
      return;
    }
    WordListLevels.Item word = inRow ? null : wordLists.match(text);
    if (isTitle) {
      title = text.replaceAll("\\s+", " ");
      return;
    }
    int number = itemOrdered ? 0 : -1;
    if (kind.isEmpty() && level < 0) {
      Matcher bullet = BULLET.matcher(text);
      Matcher numbered = NUMBER.matcher(text);
      if (word != null && !word.mark().isEmpty()) {
        level = word.level();
        text = word.text();
        number = numberOf(word.mark());
      } else if (bullet.matches()) {
        level = 0;
        text = bullet.group(1);
        number = -1;
      } else if (numbered.matches()) {
        level = 0;
        text = numbered.group(2);
        number = Integer.parseInt(numbered.group(1));
      }
    }
    boolean lineItem = level >= 0;
    if (lineItem) {
      kind = list.mark(level, number);
    } else if (kind.isEmpty()) {
      text = literal(text);
    }
    if (kind.startsWith("#") || lineItem) {
      text = text.replaceAll("\\s+", " "); // a heading or an item is one line
    }
    if (!lineItem) {
      list.end();
      if (inList) {
        out.append('\n'); // the list ended: a blank line before the next block
      }
    }
    out.append(kind).append(text).append(lineItem ? "\n" : "\n\n");
    inList = lineItem;
  }

  /**
   * The Markdown number for the mark Tika wrote for an item of Word's numbering: -1 for a bullet,
   * the number of {@code 3.} or {@code 3)}, or 0 to count on for any other ({@code a)},
   * {@code 1.2.}, {@code iv.}).
   */
  private static int numberOf(String mark) {
    if (BULLET_MARK.matcher(mark).matches()) {
      return -1;
    }
    Matcher number = NUMBER_MARK.matcher(mark);
    return number.matches() ? Integer.parseInt(number.group(1)) : 0;
  }

  private void stripTrailingSpace() {
    int end = block.length();
    while (end > 0 && Character.isWhitespace(block.charAt(end - 1))) {
      end--;
    }
    block.setLength(end);
  }

  /** {@code text} with a mark Markdown would read at its start escaped ({@link #LITERAL_MARK}). */
  private static String literal(String text) {
    Matcher mark = LITERAL_MARK.matcher(text);
    if (!mark.lookingAt()) {
      return text;
    }
    int at = mark.end() - 1; // the mark's last character: # > . or )
    return text.substring(0, at) + "\\" + text.substring(at);
  }

  /**
   * Makes the open paragraph a list item when it has one of Word's list styles ({@code List
   * Bullet}, {@code List Number 2}: a level each), whose bullet or number Tika does not write.
   *
   * @return whether it is one
   */
  private boolean styledItem(Attributes attributes) {
    String style = attributes == null ? null : attributes.getValue("class");
    Matcher list = style == null ? null : LIST_STYLE.matcher(style);
    if (list == null || !list.matches()) {
      return false;
    }
    itemLevel = list.group(2) == null ? 0 : Integer.parseInt(list.group(2)) - 1;
    itemOrdered = list.group(1).equals("Number");
    return true;
  }

  /** A paragraph inside a list item, heading or table row is part of it, not a block. */
  private boolean startsBlock() {
    return prefix.isEmpty() && itemLevel < 0 && !inRow;
  }

  /** A list or table ends: the next block is a paragraph of its own. */
  private void endBlock() {
    flush();
    if (out.length() > 0 && !endsWithBlankLine()) {
      out.append('\n');
    }
    inList = false;
    list.end();
  }

  private boolean endsWithBlankLine() {
    return out.length() >= 2 && out.charAt(out.length() - 1) == '\n'
        && out.charAt(out.length() - 2) == '\n';
  }

  private static String name(String localName, String qName) {
    String name = localName == null || localName.isEmpty() ? qName : localName;
    return name.toLowerCase(Locale.ROOT);
  }
}
