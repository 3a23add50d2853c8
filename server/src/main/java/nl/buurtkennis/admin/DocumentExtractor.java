package nl.buurtkennis.admin;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.buurtkennis.admin.DocumentExtractor.ExtractionException.Reason;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.WriteOutContentHandler;

/**
 * Extracts the text, as Markdown ({@link MarkdownText}), and the basic metadata of an uploaded PDF,
 * Word (.docx, .doc) or OpenDocument text (.odt) file with Apache Tika. Only those formats are accepted, detected from the bytes (the
 * file name is a hint only). Guards: a zipped format (Word, OpenDocument) may unpack to at most
 * {@link ZipBombGuard#MAX_UNPACKED_BYTES}, checked by unpacking it as a stream before any parser
 * sees it; Word files are read with Tika's streaming (SAX) extractor, so memory does not grow
 * with the document (as are, once more, a .docx file's list levels: {@link WordListLevels}); at most {@link #WRITE_LIMIT} characters of text, Tika's own zip-bomb guard
 * (its {@code SecureContentHandler}) and XML parsers with entity expansion off, embedded documents
 * not parsed, and a time limit.
 */
public final class DocumentExtractor {
  public static final int WRITE_LIMIT = 1_000_000;
  static final long TIMEOUT_SECONDS = 60;

  private static final MediaType DOCX =
      MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
  static final Set<MediaType> ACCEPTED = Set.of(
      MediaType.application("pdf"),
      DOCX,
      MediaType.application("msword"),
      MediaType.application("vnd.oasis.opendocument.text"));

  /**
   * What came out of a file; {@code year} is 0 and strings are empty when unknown.
   *
   * @param title the title the file's properties give
   * @param shownTitle the text of the Word document's Title-style paragraph, which {@code text}
   *     leaves out
   */
  public record Extracted(String text, String title, String author, int year, boolean truncated,
      String mediaType, String shownTitle) {
    public Extracted(String text, String title, String author, int year, boolean truncated,
        String mediaType) {
      this(text, title, author, year, truncated, mediaType, "");
    }

    /**
     * The document's title: the one it shows in its Title-style paragraph, else the one its
     * properties give (often a template's); "" when neither is known.
     */
    public String knownTitle() {
      return shownTitle.isEmpty() ? title : shownTitle;
    }

    /** The {@link #knownTitle()} comes from the file's properties, not from its text. */
    public boolean titleFromProperties() {
      return shownTitle.isEmpty() && !title.isEmpty();
    }
  }

  /**
   * The file is not one of the accepted formats, or could not be read. The message holds the
   * details for the log; {@link #reason} and {@link #mediaType} are what a user is told.
   */
  public static final class ExtractionException extends Exception {
    /** Why the file was refused. */
    public enum Reason { NOT_ACCEPTED, UNREADABLE, TOO_LARGE_UNPACKED, TOO_SLOW }

    private final Reason reason;
    private final MediaType mediaType;

    /** @param mediaType the format the file was taken for, or null before it was known */
    public ExtractionException(Reason reason, MediaType mediaType, String message) {
      super(message);
      this.reason = reason;
      this.mediaType = mediaType;
    }

    public Reason reason() {
      return reason;
    }

    /** The format the file was taken for, or null when it was not known. */
    public MediaType mediaType() {
      return mediaType;
    }
  }

  /** Tika's configuration, loaded on the first upload: loading it takes a good part of start. */
  private static final class Tika {
    static final TikaConfig CONFIG = TikaConfig.getDefaultConfig();
  }

  private final ExecutorService worker = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "text-extraction");
    thread.setDaemon(true);
    return thread;
  });

  public Extracted extract(byte[] bytes, String fileName) throws ExtractionException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName == null ? "" : fileName);
    MediaType type;
    try (InputStream in = TikaInputStream.get(bytes)) {
      type = Tika.CONFIG.getDetector().detect(in, metadata).getBaseType();
    } catch (IOException e) {
      throw new ExtractionException(Reason.UNREADABLE, null,
          "the file could not be read: " + e.getMessage());
    }
    if (!ACCEPTED.contains(type)) {
      throw new ExtractionException(Reason.NOT_ACCEPTED, type, "this is " + type
          + ", not a PDF, Word (.docx, .doc), OpenDocument (.odt) or Markdown (.md) file");
    }
    if (!type.equals(MediaType.application("pdf"))
        && !type.equals(MediaType.application("msword"))) {
      ZipBombGuard.check(bytes, type);
    }
    Future<Extracted> job = worker.submit(() -> parse(bytes, metadata, type));
    try {
      return job.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      job.cancel(true);
      throw new ExtractionException(Reason.TOO_SLOW, type, "reading the file took longer than "
          + TIMEOUT_SECONDS + " seconds; paste its text instead");
    } catch (InterruptedException e) {
      job.cancel(true);
      Thread.currentThread().interrupt();
      throw new ExtractionException(Reason.UNREADABLE, null, "interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      while (cause.getCause() != null && cause.getCause() != cause) {
        cause = cause.getCause();
      }
      throw new ExtractionException(Reason.UNREADABLE, type, "the file could not be read as "
          + type + " (damaged, or refused for safety): "
          + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage()));
    }
  }

  private Extracted parse(byte[] bytes, Metadata metadata, MediaType type) throws Exception {
    MarkdownText text = new MarkdownText(type.equals(DOCX) ? WordListLevels.of(bytes)
        : WordListLevels.none());
    BodyContentHandler body = new BodyContentHandler(new WriteOutContentHandler(text, WRITE_LIMIT));
    boolean truncated = false;
    OfficeParserConfig office = new OfficeParserConfig();
    office.setUseSAXDocxExtractor(true);
    ParseContext context = new ParseContext();
    context.set(OfficeParserConfig.class, office);
    try (InputStream in = TikaInputStream.get(bytes)) {
      new AutoDetectParser(Tika.CONFIG).parse(in, body, metadata, context);
    } catch (Exception e) {
      if (!WriteLimitReachedException.isWriteLimitReached(e)) {
        throw e;
      }
      truncated = true;
    }
    Date created = metadata.getDate(TikaCoreProperties.CREATED);
    int year = created == null ? 0 : created.toInstant().atZone(ZoneOffset.UTC).getYear();
    String markdown = text.toString();
    if (markdown.length() > WRITE_LIMIT) { // the blank lines between blocks count too
      markdown = markdown.substring(0, WRITE_LIMIT);
      truncated = true;
    }
    return new Extracted(markdown, nonNull(metadata.get(TikaCoreProperties.TITLE)),
        nonNull(metadata.get(TikaCoreProperties.CREATOR)), year, truncated, type.toString(),
        text.title());
  }

  private static String nonNull(String value) {
    return value == null ? "" : value.strip();
  }
}
