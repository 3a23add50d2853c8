package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.WordFiles.paragraph;
import static nl.buurtkennis.admin.WordFiles.paragraphStyle;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A nested list item stays nested in the draft: indented under its parent's text, as CommonMark
 * (the corpus's Markdown) nests it. Tika writes Word's list paragraphs flat, as {@code <p>} with
 * their bullet or number as text; their levels come from the document itself.
 */
class UploadedNestedListsTest {
  private final DocumentExtractor extractor = new DocumentExtractor();

  @Test
  void wordListLevelsBecomeNestedItems() throws Exception {
    String body;
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger bullets = numbering.addNum(numbering.addAbstractNum(list(0,
          STNumberFormat.BULLET, "\u2022", STNumberFormat.BULLET, "o")));
      BigInteger numbers = numbering.addNum(numbering.addAbstractNum(list(1,
          STNumberFormat.DECIMAL, "%1.", STNumberFormat.LOWER_LETTER, "%2)")));
      item(doc, "Een", bullets, 0);
      item(doc, "Een a", bullets, 1);
      item(doc, "Een b", bullets, 1);
      item(doc, "Twee", bullets, 0);
      paragraph(doc, "Tussen.");
      item(doc, "Stap een", numbers, 0);
      item(doc, "Deel a", numbers, 1);
      item(doc, "Deel b", numbers, 1);
      item(doc, "Stap twee", numbers, 0);
      doc.write(out);
      body = extractor.extract(out.toByteArray(), "lijsten.docx").text();
    }

    assertEquals("- Een\n"
        + "  - Een a\n"
        + "  - Een b\n"
        + "- Twee\n\n"
        + "Tussen.\n\n"
        + "1. Stap een\n"
        + "   1. Deel a\n"
        + "   2. Deel b\n"
        + "2. Stap twee\n", body);
    assertEquals("<ul>\n<li>Een\n<ul>\n<li>Een a</li>\n<li>Een b</li>\n</ul>\n</li>\n"
        + "<li>Twee</li>\n</ul>\n<p>Tussen.</p>\n"
        + "<ol>\n<li>Stap een\n<ol>\n<li>Deel a</li>\n<li>Deel b</li>\n</ol>\n</li>\n"
        + "<li>Stap twee</li>\n</ol>\n", html(body));
  }

  @Test
  void wordListStylesOfALevelBecomeNestedItems() throws Exception {
    String body;
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFStyles styles = doc.createStyles();
      for (String name : new String[] {"List Bullet", "List Bullet 2", "List Number 2"}) {
        styles.addStyle(new XWPFStyle(paragraphStyle(name.replace(" ", ""), name)));
      }
      paragraph(doc, "Boven").setStyle("ListBullet");
      paragraph(doc, "Onder").setStyle("ListBullet2");
      paragraph(doc, "Nog een").setStyle("ListBullet");
      paragraph(doc, "Eerste stap").setStyle("ListNumber2");
      paragraph(doc, "Tweede stap").setStyle("ListNumber2");
      doc.write(out);
      body = extractor.extract(out.toByteArray(), "stijlen.docx").text();
    }

    assertEquals("- Boven\n"
        + "  - Onder\n"
        + "- Nog een\n"
        + "  1. Eerste stap\n"
        + "  2. Tweede stap\n", body);
    assertEquals("<ul>\n<li>Boven\n<ul>\n<li>Onder</li>\n</ul>\n</li>\n<li>Nog een\n<ol>\n"
        + "<li>Eerste stap</li>\n<li>Tweede stap</li>\n</ol>\n</li>\n</ul>\n", html(body));
  }

  @Test
  void nestedXhtmlListsStayNestedAndAnItemCannotSkipALevel() {
    MarkdownText markdown = new MarkdownText();
    markdown.startElement("", "ol", "ol", null);
    item(markdown, "Een", () -> {
      markdown.startElement("", "ul", "ul", null);
      item(markdown, "Een a", () -> {
        markdown.startElement("", "ol", "ol", null);
        item(markdown, "Diep", () -> { });
        markdown.endElement("", "ol", "ol");
      });
      markdown.endElement("", "ul", "ul");
    });
    item(markdown, "Twee", () -> { });
    markdown.endElement("", "ol", "ol");
    markdown.startElement("", "p", "p", null);
    markdown.characters("Na.".toCharArray(), 0, 3);
    markdown.endElement("", "p", "p");

    assertEquals("1. Een\n   - Een a\n     1. Diep\n2. Twee\n\nNa.\n\n", markdown.toString());
  }

  @Test
  void aWordItemTwoLevelsDeeperThanTheOneBeforeIsOneDeeper() throws Exception {
    String body;
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFNumbering numbering = doc.createNumbering();
      CTAbstractNum levels = CTAbstractNum.Factory.newInstance();
      levels.setAbstractNumId(BigInteger.ZERO);
      for (int i = 0; i < 3; i++) {
        level(levels, i, STNumberFormat.BULLET, "\u2022");
      }
      BigInteger bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(levels)));
      item(doc, "Diep", bullets, 2);
      item(doc, "Boven", bullets, 0);
      item(doc, "Twee dieper", bullets, 2);
      paragraph(doc, "- met de hand gezet");
      doc.write(out);
      body = extractor.extract(out.toByteArray(), "diep.docx").text();
    }

    assertEquals("- Diep\n- Boven\n  - Twee dieper\n- met de hand gezet\n", body);
  }

  @Test
  void numberedHeadingsAndListsInTablesDoNotPutTheLevelsOutOfStep() throws Exception {
    String body;
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.createStyles().addStyle(new XWPFStyle(paragraphStyle("Heading1", "heading 1")));
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger headings = numbering.addNum(numbering.addAbstractNum(list(0,
          STNumberFormat.DECIMAL, "%1", STNumberFormat.DECIMAL, "%1.%2")));
      BigInteger bullets = numbering.addNum(numbering.addAbstractNum(list(1,
          STNumberFormat.BULLET, "\u2022", STNumberFormat.BULLET, "o")));
      for (int i = 1; i <= 70; i++) {
        item(doc, "Hoofdstuk", headings, 0).setStyle("Heading1");
        paragraph(doc, "Tekst " + i + ".");
      }
      XWPFParagraph cell = doc.createTable(1, 1).getRow(0).getCell(0).getParagraphs().get(0);
      cell.createRun().setText("In de tabel");
      cell.setNumID(bullets);
      cell.setNumILvl(BigInteger.ONE);
      item(doc, "Een", bullets, 0);
      item(doc, "Een a", bullets, 1);
      doc.write(out);
      body = extractor.extract(out.toByteArray(), "hoofdstukken.docx").text();
    }

    assertEquals("## 70 Hoofdstuk\n\nTekst 70.\n\n", body.substring(
        body.indexOf("## 70 "), body.indexOf("Tekst 70.") + 11));
    assertEquals("- Een\n  - Een a\n", body.substring(body.indexOf("- Een")));
  }

  @Test
  void aParagraphLikeALaterItemDoesNotPutTheLevelsOutOfStep() throws Exception {
    String body;
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger bullets = numbering.addNum(numbering.addAbstractNum(list(0,
          STNumberFormat.BULLET, "\u2022", STNumberFormat.BULLET, "o")));
      paragraph(doc, "Samen");
      item(doc, "Eerst", bullets, 0);
      item(doc, "Onder", bullets, 1);
      item(doc, "Samen", bullets, 0);
      doc.write(out);
      body = extractor.extract(out.toByteArray(), "samen.docx").text();
    }

    assertEquals("Samen\n\n- Eerst\n  - Onder\n- Samen\n", body);
  }

  private static String html(String markdown) {
    return HtmlRenderer.builder().build().render(Parser.builder().build().parse(markdown));
  }

  private static void item(MarkdownText markdown, String text, Runnable nested) {
    markdown.startElement("", "li", "li", null);
    markdown.characters(text.toCharArray(), 0, text.length());
    nested.run();
    markdown.endElement("", "li", "li");
  }

  private static XWPFParagraph item(XWPFDocument doc, String text, BigInteger list, int level) {
    XWPFParagraph item = paragraph(doc, text);
    item.setNumID(list);
    item.setNumILvl(BigInteger.valueOf(level));
    return item;
  }

  private static XWPFAbstractNum list(int id, STNumberFormat.Enum first, String firstText,
      STNumberFormat.Enum second, String secondText) {
    CTAbstractNum list = CTAbstractNum.Factory.newInstance();
    list.setAbstractNumId(BigInteger.valueOf(id));
    level(list, 0, first, firstText);
    level(list, 1, second, secondText);
    return new XWPFAbstractNum(list);
  }

  private static void level(CTAbstractNum list, int at, STNumberFormat.Enum format, String text) {
    CTLvl level = list.addNewLvl();
    level.setIlvl(BigInteger.valueOf(at));
    level.addNewStart().setVal(BigInteger.ONE);
    level.addNewNumFmt().setVal(format);
    level.addNewLvlText().setVal(text);
  }
}
