package nl.buurtkennis.admin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Office files built to hurt the extractor: a zip bomb (a gigabyte of XML packed into about a
 * megabyte), entity expansion (billion laughs) and an external entity that names a local file.
 * Each must end quickly with a refusal or a bounded text, never with the expanded content. The
 * class passes with {@code -DargLine=-Xmx256m}: nothing inflates the gigabyte.
 */
class HostileOfficeFilesTest {
  private static final long GIGABYTE = 1L << 30;
  private static final long BOUND_MILLIS = 30_000;

  private final DocumentExtractor extractor = new DocumentExtractor();

  /** Writes the replacement of one zip entry. */
  @FunctionalInterface
  private interface EntryWriter {
    void write(OutputStream out) throws IOException;
  }

  @Test
  void aDocxZipBombIsRefusedOrCutWithoutInflatingIt() throws Exception {
    byte[] bomb = replaced(Uploads.docx("Bom", "inhoud"), "word/document.xml", out -> {
      out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + "<w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
      repeat(out, 'a', GIGABYTE);
      out.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    });
    assertBounded(bomb, "bom.docx");
  }

  /** Below the unpack limit the streaming reader still stops at the write limit. */
  @Test
  void aDocxJustBelowTheUnpackLimitIsReadAsAStream() throws Exception {
    byte[] large = replaced(Uploads.docx("Groot", "inhoud"), "word/document.xml", out -> {
      out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
          + "<w:body>").getBytes(StandardCharsets.UTF_8));
      byte[] paragraph = ("<w:p><w:r><w:t>" + "buurt ".repeat(150) + "</w:t></w:r></w:p>")
          .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < ZipBombGuard.MAX_UNPACKED_BYTES * 9 / 10;
          written += paragraph.length) {
        out.write(paragraph);
      }
      out.write("</w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    });
    assertBounded(large, "groot.docx");
  }

  @Test
  void anOdtZipBombIsRefusedOrCutWithoutInflatingIt() throws Exception {
    byte[] bomb = replaced(Uploads.odt("inhoud"), "content.xml", out -> {
      out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
          + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
          + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
          + "<office:body><office:text><text:p>").getBytes(StandardCharsets.UTF_8));
      repeat(out, 'a', GIGABYTE);
      out.write("</text:p></office:text></office:body></office:document-content>"
          .getBytes(StandardCharsets.UTF_8));
    });
    assertBounded(bomb, "bom.odt");
  }

  @Test
  void entityExpansionInADocxIsNotExpanded() throws Exception {
    byte[] laughs = replaced(Uploads.docx("Lach", "inhoud"), "word/document.xml",
        out -> out.write(billionLaughs("<w:document xmlns:w=\"http://schemas.openxmlformats.org/"
            + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
            + "</w:body></w:document>", "w:document").getBytes(StandardCharsets.UTF_8)));
    String text = assertBounded(laughs, "lach.docx");
    assertFalse(text.contains("lollollol"), "entities were expanded");
  }

  @Test
  void entityExpansionInAnOdtIsNotExpanded() throws Exception {
    byte[] laughs = replaced(Uploads.odt("inhoud"), "content.xml",
        out -> out.write(billionLaughs("<office:document-content"
            + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
            + "<office:body><office:text><text:p>&lol9;</text:p></office:text></office:body>"
            + "</office:document-content>", "office:document-content")
            .getBytes(StandardCharsets.UTF_8)));
    String text = assertBounded(laughs, "lach.odt");
    assertFalse(text.contains("lollollol"), "entities were expanded");
  }

  @Test
  void anExternalEntityNeverReadsALocalFile() throws Exception {
    String xxe = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<!DOCTYPE office:document-content [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        + "<office:document-content"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\">"
        + "<office:body><office:text><text:p>voor &xxe; na</text:p></office:text></office:body>"
        + "</office:document-content>";
    byte[] file = replaced(Uploads.odt("inhoud"), "content.xml",
        out -> out.write(xxe.getBytes(StandardCharsets.UTF_8)));
    String text = assertBounded(file, "xxe.odt");
    assertFalse(text.contains("root:"), "a local file was read into the text");
  }

  /**
   * Extracts within the time bound and returns the text, empty when the file was refused; the
   * text never exceeds the write limit.
   */
  private String assertBounded(byte[] file, String name) {
    long start = System.nanoTime();
    String text;
    String outcome = "extracted";
    try {
      DocumentExtractor.Extracted extracted = extractor.extract(file, name);
      text = extracted.text();
      assertTrue(text.length() <= DocumentExtractor.WRITE_LIMIT,
          name + ": " + text.length() + " characters, beyond the write limit");
    } catch (DocumentExtractor.ExtractionException refused) {
      assertFalse(refused.getMessage().isBlank(), "a refusal says why");
      outcome = "refused (" + refused.getMessage() + ")";
      text = "";
    } catch (OutOfMemoryError e) {
      fail(name + " exhausted the memory");
      return "";
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.println(name + " (" + file.length / 1024 + " KB): " + outcome + " in " + millis
        + " ms, " + text.length() + " characters of text");
    assertTrue(millis < BOUND_MILLIS, name + " took " + millis + " ms");
    return text;
  }

  private static String billionLaughs(String root, String rootName) {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE ")
        .append(rootName).append(" [<!ENTITY lol0 \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
    }
    return dtd.append("]>").append(root).toString();
  }

  private static void repeat(OutputStream out, char c, long count) throws IOException {
    byte[] block = new byte[1 << 20];
    java.util.Arrays.fill(block, (byte) c);
    for (long written = 0; written < count; written += block.length) {
      out.write(block);
    }
  }

  /** A copy of {@code zip} in which {@code name} holds what {@code writer} writes. */
  private static byte[] replaced(byte[] zip, String name, EntryWriter writer) throws IOException {
    ByteArrayOutputStream result = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
        ZipOutputStream out = new ZipOutputStream(result)) {
      out.setLevel(9);
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        if (entry.getMethod() == ZipEntry.STORED) {
          copy.setMethod(ZipEntry.STORED);
          copy.setSize(entry.getSize());
          copy.setCrc(entry.getCrc());
        }
        out.putNextEntry(copy);
        if (entry.getName().equals(name)) {
          writer.write(out);
        } else {
          in.transferTo(out);
        }
        out.closeEntry();
      }
    }
    return result.toByteArray();
  }
}
