package nl.buurtkennis.admin;

import nl.buurtkennis.admin.DocumentExtractor.ExtractionException;
import nl.buurtkennis.web.Messages;
import org.apache.tika.mime.MediaType;

/**
 * Why the console refused a file or a document, in the page's language and in a librarian's
 * words: no media types and no text of a parser's exceptions, which go to the log instead.
 */
final class RefusalMessages {
  private RefusalMessages() {}

  static String of(Messages msg, String fileName, ExtractionException refusal) {
    return switch (refusal.reason()) {
      case NOT_ACCEPTED -> msg.format("admin.upload.notaccepted", fileName);
      case UNREADABLE -> refusal.mediaType() == null
          ? msg.format("admin.upload.unreadable", fileName)
          : msg.format("admin.upload.unreadable.as", fileName,
              msg.get("admin.upload.format." + formatKey(refusal.mediaType())));
      case TOO_LARGE_UNPACKED -> msg.format("admin.upload.unpacked", fileName,
          ZipBombGuard.MAX_UNPACKED_BYTES / 1024 / 1024, ZipBombGuard.MAX_ENTRIES);
      case TOO_SLOW -> msg.format("admin.upload.tooslow", fileName,
          DocumentExtractor.TIMEOUT_SECONDS);
    };
  }

  static String of(Messages msg, DocumentStore.Conflict conflict) {
    return switch (conflict.kind()) {
      case ID_TAKEN -> msg.format("admin.conflict.idtaken", conflict.id(), conflict.path(),
          msg.get("admin.form.replace"));
      case FILE_TAKEN -> msg.format("admin.conflict.filetaken", conflict.id(), conflict.path());
      case NO_SUCH_ID -> msg.format("admin.conflict.nosuchid", conflict.id());
      case ID_SHARED -> msg.format("admin.delete.shared", conflict.id());
    };
  }

  private static String formatKey(MediaType type) {
    return switch (type.getSubtype()) {
      case "pdf" -> "pdf";
      case "vnd.oasis.opendocument.text" -> "odt";
      default -> "word";
    };
  }
}
