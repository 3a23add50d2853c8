package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
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

  private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.createRun().setText(text);
    return paragraph;
  }
}
