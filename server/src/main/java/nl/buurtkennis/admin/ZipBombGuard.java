package nl.buurtkennis.admin;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import nl.buurtkennis.admin.DocumentExtractor.ExtractionException.Reason;
import org.apache.tika.mime.MediaType;

/**
 * Refuses a zipped upload (Word .docx, OpenDocument) that unpacks to more than
 * {@link #MAX_UNPACKED_BYTES} or holds more than {@link #MAX_ENTRIES} files. It unpacks the file as a
 * stream and counts, so a lying size in a zip header changes nothing and memory stays flat.
 */
final class ZipBombGuard {
  static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;
  static final int MAX_ENTRIES = 10_000;

  private ZipBombGuard() {}

  /** @param type the format the file was taken for, named in a refusal */
  static void check(byte[] zip, MediaType type) throws DocumentExtractor.ExtractionException {
    byte[] buffer = new byte[64 * 1024];
    long unpacked = 0;
    int entries = 0;
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        if (++entries > MAX_ENTRIES) {
          throw new DocumentExtractor.ExtractionException(Reason.TOO_LARGE_UNPACKED, type,
              "the file holds more than " + MAX_ENTRIES
                  + " parts; it is refused as a possible zip bomb");
        }
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          unpacked += read;
          if (unpacked > MAX_UNPACKED_BYTES) {
            throw new DocumentExtractor.ExtractionException(Reason.TOO_LARGE_UNPACKED, type,
                "the file unpacks to more than " + MAX_UNPACKED_BYTES / 1024 / 1024
                    + " MB; it is refused as a possible zip bomb");
          }
        }
      }
    } catch (IOException e) {
      throw new DocumentExtractor.ExtractionException(Reason.UNREADABLE, type,
          "the file is not a readable zip package: " + e.getMessage());
    }
  }
}
