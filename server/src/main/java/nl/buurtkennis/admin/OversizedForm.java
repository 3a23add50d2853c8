package nl.buurtkennis.admin;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A document form posted with more than the console reads of a form ({@link
 * ConsoleController#MAX_FORM_BYTES}): a text of many megabytes pasted into the text field. Such
 * a body is read as a stream, field by field, keeping every field but those larger than a whole
 * document may be ({@link #MAX_FIELD_BYTES}), which are dropped and named, so that the form comes
 * back with what was typed and the error stands beside the field that was too large, instead of
 * a page that discards everything.
 *
 * @param fields the fields kept, by name, each value as posted
 * @param dropped the names of the fields dropped for their size, in the order posted
 */
record OversizedForm(Map<String, List<String>> fields, Set<String> dropped) {
  /** Where the guard leaves the form it read, for the handler to use. */
  static final String ATTRIBUTE = "buurtkennis.oversizedForm";
  /**
   * A field larger than this is dropped: a document has at most 5 MB, and a field is URL-encoded
   * (up to three bytes a byte); the form's other fields take a few kilobytes.
   */
  static final long MAX_FIELD_BYTES = ConsoleController.MAX_UPLOAD_BYTES;
  /** A body larger than this is not read at all, as no paste is; it is refused by its length. */
  static final long MAX_READ_BYTES = 8 * ConsoleController.MAX_FORM_BYTES;
  private static final int MAX_NAME_BYTES = 100;

  /** Whether a request this long with this content type is read as an oversized form. */
  static boolean readable(long contentLength, String contentType) {
    return contentLength > ConsoleController.MAX_FORM_BYTES && contentLength <= MAX_READ_BYTES
        && contentType != null
        && contentType.toLowerCase(java.util.Locale.ROOT)
            .startsWith("application/x-www-form-urlencoded");
  }

  /** The form the guard read for this request, if it was an oversized one. */
  static Optional<OversizedForm> of(Context ctx) {
    return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
  }

  /** The first value of a kept field, or null. */
  String first(String name) {
    List<String> values = fields.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * Reads an {@code application/x-www-form-urlencoded} body (UTF-8) of at most {@code limit}
   * bytes. Fields are kept up to {@link ConsoleController#MAX_FORM_BYTES} in all, as a form of
   * the ordinary size would be; a field past that is dropped as well.
   *
   * @throws IllegalArgumentException when it is not such a body, or longer than {@code limit}
   */
  static OversizedForm read(InputStream body, long limit) throws IOException {
    Reader reader = new Reader();
    long read = 0;
    byte[] buffer = new byte[64 * 1024];
    for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
      read += n;
      if (read > limit) {
        throw new IllegalArgumentException("more than " + limit + " bytes");
      }
      for (int i = 0; i < n; i++) {
        reader.accept(buffer[i]);
      }
    }
    reader.endField();
    return new OversizedForm(reader.fields, reader.dropped);
  }

  /** Splits the stream into {@code name=value} pairs, keeping what fits. */
  private static final class Reader {
    final Map<String, List<String>> fields = new LinkedHashMap<>();
    final Set<String> dropped = new LinkedHashSet<>();
    private final ByteArrayOutputStream name = new ByteArrayOutputStream();
    private final ByteArrayOutputStream value = new ByteArrayOutputStream();
    private boolean inValue;
    private boolean tooLarge;
    private long kept;

    void accept(byte b) {
      if (b == '&') {
        endField();
      } else if (!inValue && b == '=') {
        inValue = true;
      } else if (!inValue) {
        if (name.size() >= MAX_NAME_BYTES) {
          throw new IllegalArgumentException("a field name too long");
        }
        name.write(b);
      } else if (!tooLarge) {
        value.write(b);
        if (value.size() > MAX_FIELD_BYTES
            || kept + value.size() > ConsoleController.MAX_FORM_BYTES) {
          tooLarge = true;
          value.reset();
        }
      }
    }

    void endField() {
      if (name.size() > 0) {
        String decodedName = decode(name);
        if (tooLarge) {
          dropped.add(decodedName);
        } else {
          kept += value.size();
          fields.computeIfAbsent(decodedName, k -> new ArrayList<>()).add(decode(value));
        }
      }
      name.reset();
      value.reset();
      inValue = false;
      tooLarge = false;
    }

    private static String decode(ByteArrayOutputStream bytes) {
      return URLDecoder.decode(bytes.toString(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    }
  }
}
