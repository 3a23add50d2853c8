package nl.buurtkennis.admin;

import static nl.buurtkennis.admin.WordFiles.paragraphStyle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Test;

/**
 * A Word document's title (its Title-style paragraph, which Tika writes as
 * {@code <h1 class="title">}, or the title its properties give) is the draft's title and is not
 * repeated as the body's first heading; a first heading that differs stays.
 */
class UploadedTitleTest {
  private final DocumentExtractor extractor = new DocumentExtractor();

  @Test
  void aTitleStyleParagraphIsTheTitleAndNoHeading() throws Exception {
    DocumentExtractor.Extracted extracted = extractor.extract(
        word(null, "Title:Buurtpreventie in Zeist", "Heading1:Inleiding", "Tekst."), "t.docx");

    assertEquals("Buurtpreventie in Zeist", extracted.shownTitle());
    assertFalse(extracted.titleFromProperties());
    DraftForm draft = DraftForm.fromExtracted(extracted);
    assertEquals("Buurtpreventie in Zeist", draft.value("title"));
    assertEquals("## Inleiding\n\nTekst.\n", draft.body());
  }

  @Test
  void aTitleStyleParagraphEqualToThePropertiesTitleIsNotRepeated() throws Exception {
    DraftForm draft = DraftForm.fromExtracted(extractor.extract(word("Buurtpreventie in Zeist",
        "Title:Buurtpreventie in Zeist", "Tekst.", "Heading1:Wat bekend is", "Slot."), "t.docx"));

    assertEquals("Buurtpreventie in Zeist", draft.value("title"));
    assertEquals("Tekst.\n\n## Wat bekend is\n\nSlot.\n", draft.body());
  }

  @Test
  void aFirstHeadingThatRepeatsThePropertiesTitleIsLeftOut() throws Exception {
    DraftForm draft = DraftForm.fromExtracted(extractor.extract(word("Buurtpreventie in Zeist",
        "Heading1:Buurtpreventie  in zeist", "Tekst.", "Heading1:Wat bekend is", "Slot."),
        "t.docx"));

    assertEquals("Buurtpreventie in Zeist", draft.value("title"));
    assertEquals("Tekst.\n\n## Wat bekend is\n\nSlot.\n", draft.body());
  }

  @Test
  void aFirstHeadingThatDiffersFromTheTitleStays() throws Exception {
    DraftForm draft = DraftForm.fromExtracted(extractor.extract(word("Buurtpreventie in Zeist",
        "Title:Buurtpreventie in Zeist", "Heading1:Buurtpreventie in Zeist en Driebergen",
        "Tekst."), "t.docx"));

    assertEquals("## Buurtpreventie in Zeist en Driebergen\n\nTekst.\n", draft.body());
  }

  @Test
  void onlyTheFirstTitleStyleParagraphIsTheTitle() throws Exception {
    DocumentExtractor.Extracted extracted = extractor.extract(
        word(null, "Title:Eerste", "Tekst.", "Title:Tweede", "Slot."), "t.docx");

    assertEquals("Eerste", extracted.shownTitle());
    assertEquals("Tekst.\n\n## Tweede\n\nSlot.\n\n", extracted.text());
  }

  /**
   * A Word file with {@code title} in its properties (when not null) and these paragraphs, each
   * {@code Style:text} (Title or Heading1) or plain text.
   */
  private static byte[] word(String title, String... paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      if (title != null) {
        doc.getProperties().getCoreProperties().setTitle(title);
      }
      XWPFStyles styles = doc.createStyles();
      styles.addStyle(new XWPFStyle(paragraphStyle("Title", "Title")));
      styles.addStyle(new XWPFStyle(paragraphStyle("Heading1", "heading 1")));
      for (String paragraph : paragraphs) {
        int colon = paragraph.indexOf(':');
        String text = colon < 0 ? paragraph : paragraph.substring(colon + 1);
        var p = doc.createParagraph();
        p.createRun().setText(text);
        if (colon >= 0) {
          p.setStyle(paragraph.substring(0, colon));
        }
      }
      doc.write(out);
      return out.toByteArray();
    }
  }
}
