package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.WordFiles.paragraph;
import static nl.buurtkennis.admin.WordFiles.paragraphStyle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** An uploaded file's paragraphs, headings, lists and tables stay apart in the draft's body. */
class UploadedStructureTest {
  private final DocumentExtractor extractor = new DocumentExtractor();

  @Test
  void wordParagraphsStayParagraphsAndHeadingsStartPassages() throws Exception {
    String body = extractor.extract(wordFile(), "verslag.docx").text();

    assertEquals("## Wat het is\n\n"
        + "Eerste alinea.\n\n"
        + "Tweede alinea.\n\n"
        + "Kosten | Baten\n\n"
        + "laag | hoog\n\n"
        + "## Wat bekend is\n\n"
        + "Slot.\n\n", body);
  }

  @Test
  void wordBulletsAndNumbersBecomeMarkdownLists() throws Exception {
    String body = extractor.extract(wordLists(), "lijsten.docx").text();

    assertEquals("Voor de lijst.\n\n"
        + "- Eerste punt\n"
        + "- Tweede punt\n\n"
        + "Tussen de lijsten.\n\n"
        + "1. Stap een\n"
        + "2. Stap twee\n\n"
        + "Na de lijst.\n\n", body);
  }

  @Test
  void wordListStylesBecomeListsAndTextThatLooksLikeMarkdownStaysText() throws Exception {
    String body;
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFStyles styles = doc.createStyles();
      styles.addStyle(new XWPFStyle(paragraphStyle("ListBullet", "List Bullet")));
      styles.addStyle(new XWPFStyle(paragraphStyle("ListNumber", "List Number")));
      paragraph(doc, "Opsomming een").setStyle("ListBullet");
      paragraph(doc, "Opsomming twee").setStyle("ListBullet");
      paragraph(doc, "Stap een").setStyle("ListNumber");
      paragraph(doc, "1995. Dat jaar begon het project.");
      paragraph(doc, "# geen kop maar tekst");
      paragraph(doc, "> geen citaat");
      paragraph(doc, "- met de hand gezet");
      paragraph(doc, "- en nog een");
      doc.write(out);
      body = extractor.extract(out.toByteArray(), "stijlen.docx").text();
    }

    assertEquals("- Opsomming een\n"
        + "- Opsomming twee\n"
        + "1. Stap een\n\n"
        + "1995\\. Dat jaar begon het project.\n\n"
        + "\\# geen kop maar tekst\n\n"
        + "\\> geen citaat\n\n"
        + "- met de hand gezet\n"
        + "- en nog een\n", body);
  }

  @Test
  void openDocumentParagraphsStayApart() throws Exception {
    String body = extractor.extract(Uploads.odt("Een.", "Twee."), "tekst.odt").text();

    assertEquals("Een.\n\nTwee.\n\n", body);
  }

  @Test
  void aListIsOneItemPerLineAndEndsWithABlankLine() {
    MarkdownText markdown = new MarkdownText();
    markdown.startElement("", "p", "p", null);
    markdown.characters("Voor.".toCharArray(), 0, 5);
    markdown.endElement("", "p", "p");
    markdown.startElement("", "ul", "ul", null);
    for (String item : List.of("een", "twee\nregels")) {
      markdown.startElement("", "li", "li", null);
      markdown.startElement("", "p", "p", null);
      markdown.characters(item.toCharArray(), 0, item.length());
      markdown.endElement("", "p", "p");
      markdown.endElement("", "li", "li");
    }
    markdown.endElement("", "ul", "ul");
    markdown.startElement("", "p", "p", null);
    markdown.characters("Na.".toCharArray(), 0, 3);
    markdown.endElement("", "p", "p");

    assertEquals("Voor.\n\n- een\n- twee regels\n\nNa.\n\n", markdown.toString());
  }

  @Test
  void theDraftTitleIsTheFirstHeadingsTextWithoutItsMark() {
    DraftForm form = DraftForm.fromExtracted(new DocumentExtractor.Extracted(
        "## Buurtpreventie in Zeist\n\nTekst.\n", "", "", 0, false, "application/pdf"));

    assertEquals("Buurtpreventie in Zeist", form.value("title"));
    assertTrue(form.body().startsWith("## Buurtpreventie in Zeist"));
  }

  private static byte[] wordFile() throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      CTStyle heading = CTStyle.Factory.newInstance();
      heading.setStyleId("Heading1");
      heading.addNewName().setVal("heading 1");
      heading.setType(STStyleType.PARAGRAPH);
      doc.createStyles().addStyle(new XWPFStyle(heading));
      paragraph(doc, "Wat het is").setStyle("Heading1");
      paragraph(doc, "Eerste alinea.");
      paragraph(doc, "Tweede alinea.");
      XWPFTable table = doc.createTable(2, 2);
      table.getRow(0).getCell(0).setText("Kosten");
      table.getRow(0).getCell(1).setText("Baten");
      table.getRow(1).getCell(0).setText("laag");
      table.getRow(1).getCell(1).setText("hoog");
      paragraph(doc, "Wat bekend is").setStyle("Heading1");
      paragraph(doc, "Slot.");
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static byte[] wordLists() throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger bullets = numbering.addNum(numbering.addAbstractNum(
          list(BigInteger.ZERO, STNumberFormat.BULLET, "\u2022")));
      BigInteger numbers = numbering.addNum(numbering.addAbstractNum(
          list(BigInteger.ONE, STNumberFormat.DECIMAL, "%1.")));
      paragraph(doc, "Voor de lijst.");
      item(doc, "Eerste punt", bullets);
      item(doc, "Tweede punt", bullets);
      paragraph(doc, "Tussen de lijsten.");
      item(doc, "Stap een", numbers);
      item(doc, "Stap twee", numbers);
      paragraph(doc, "Na de lijst.");
      doc.write(out);
      return out.toByteArray();
    }
  }

  private static void item(XWPFDocument doc, String text, BigInteger list) {
    XWPFParagraph item = paragraph(doc, text);
    item.setNumID(list);
    item.setNumILvl(BigInteger.ZERO);
  }

  private static XWPFAbstractNum list(BigInteger id, STNumberFormat.Enum format, String text) {
    CTAbstractNum list = CTAbstractNum.Factory.newInstance();
    list.setAbstractNumId(id);
    CTLvl level = list.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewStart().setVal(BigInteger.ONE);
    level.addNewNumFmt().setVal(format);
    level.addNewLvlText().setVal(text);
    return new XWPFAbstractNum(list);
  }
}
