package nl.buurtkennis.admin;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Pieces of Word documents that the upload tests build with Apache POI. */
final class WordFiles {
  private WordFiles() {}

  /** A paragraph style with Word's id and name ({@code Heading1}, {@code heading 1}). */
  static CTStyle paragraphStyle(String id, String name) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.addNewName().setVal(name);
    style.setType(STStyleType.PARAGRAPH);
    return style;
  }

  /** A new paragraph of {@code text} at the end of {@code doc}. */
  static XWPFParagraph paragraph(XWPFDocument doc, String text) {
    XWPFParagraph paragraph = doc.createParagraph();
    paragraph.createRun().setText(text);
    return paragraph;
  }
}
