package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * A Word file uploaded in the console: the form's title is its Title-style paragraph, with no
 * note that it comes from the file's properties, and the body neither repeats it nor flattens
 * its nested list.
 */
class UploadedWordDraftTest {
  @RegisterExtension
  static final AdminTestApp fixture = new AdminTestApp();

  @Test
  void theDraftHasTheTitleOnceAndTheNestedListNested() {
    JavalinTest.test(fixture.app(), (server, http) -> {
      AdminTestApp.Client client = new AdminTestApp.Client(server);
      AdminTestApp.Session session = client.signIn();
      String page = session.get("/admin/documents/new").body();
      Matcher action = Pattern.compile("action=\"(/admin/documents/upload[^\"]*)\"")
          .matcher(page);
      assertTrue(action.find(), page);
      HttpResponse<String> response = client.send("POST", action.group(1).replace("&amp;", "&"),
          "multipart/form-data; boundary=" + Uploads.BOUNDARY,
          Uploads.multipart(session.csrf(), "wijk.docx", word()), "Cookie", session.cookie());

      String html = response.body();
      assertEquals(200, response.statusCode(), html);
      assertTrue(html.contains("value=\"Buurtpreventie in Zeist\""), html);
      Matcher body = Pattern.compile("<textarea id=\"f-body\"[^>]*>(.*?)</textarea>",
          Pattern.DOTALL).matcher(html);
      assertTrue(body.find(), html);
      assertEquals("## Aanpak\n\n- Rondes\n  - Overdag\n  - 's Nachts\n- Appgroep\n",
          body.group(1).replace("&#39;", "'"));
      assertFalse(Pattern.compile("id=\"warn-title\">\\s*<li").matcher(html).find(), html);
    });
  }

  private static byte[] word() throws Exception {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.getProperties().getCoreProperties().setTitle("Sjabloon");
      for (String[] style : new String[][] {{"Title", "Title"}, {"Heading1", "heading 1"}}) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(style[0]);
        ct.addNewName().setVal(style[1]);
        ct.setType(STStyleType.PARAGRAPH);
        doc.createStyles().addStyle(new XWPFStyle(ct));
      }
      doc.createParagraph().setStyle("Title");
      doc.getParagraphs().get(0).createRun().setText("Buurtpreventie in Zeist");
      XWPFParagraph heading = doc.createParagraph();
      heading.setStyle("Heading1");
      heading.createRun().setText("Aanpak");
      CTAbstractNum levels = CTAbstractNum.Factory.newInstance();
      levels.setAbstractNumId(BigInteger.ZERO);
      for (int i = 0; i < 2; i++) {
        CTLvl level = levels.addNewLvl();
        level.setIlvl(BigInteger.valueOf(i));
        level.addNewNumFmt().setVal(STNumberFormat.BULLET);
        level.addNewLvlText().setVal(i == 0 ? "\u2022" : "o");
      }
      XWPFNumbering numbering = doc.createNumbering();
      BigInteger bullets = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(levels)));
      String[][] items = {{"0", "Rondes"}, {"1", "Overdag"}, {"1", "'s Nachts"}, {"0", "Appgroep"}};
      for (String[] item : items) {
        XWPFParagraph paragraph = doc.createParagraph();
        paragraph.createRun().setText(item[1]);
        paragraph.setNumID(bullets);
        paragraph.setNumILvl(new BigInteger(item[0]));
      }
      doc.write(out);
      return out.toByteArray();
    }
  }
}
