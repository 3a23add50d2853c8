package nl.buurtkennis.admin;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of a document's file: a SHA-256 of its bytes, so that an edit made to one version is
 * refused once the file has become another (optimistic concurrency). The console's forms carry it
 * as a hidden field; the admin API sends it as a strong {@code ETag} and reads it from
 * {@code If-Match}. The index's content hash does not fit: it hashes the parsed record, and
 * edits the parser drops would not count.
 */
final class DocumentVersion {
  /** An entity-tag in a header: optionally weak, then a quoted opaque string (RFC 9110 8.8.3). */
  private static final Pattern ENTITY_TAG = Pattern.compile("(W/)?\"([^\"]*)\"");
  private static final Pattern VERSION = Pattern.compile("[0-9a-f]{64}");

  private DocumentVersion() {}

  /** The version of a file with these bytes: 64 lower-case hex digits. */
  static String of(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** A version posted in a form, or null when there is none or it has not the form of one. */
  static String fromForm(String value) {
    return value != null && VERSION.matcher(value.strip()).matches() ? value.strip() : null;
  }

  /** The version as a strong entity-tag, quoted, for an {@code ETag} header. */
  static String etag(String version) {
    return "\"" + version + "\"";
  }

  /**
   * Whether an {@code If-Match} header allows a change to the file at {@code version}: {@code *},
   * or a list naming its strong entity-tag (a weak one never matches, as RFC 9110 13.1.1 wants).
   */
  static boolean ifMatch(String header, String version) {
    if (header.strip().equals("*")) {
      return true;
    }
    Matcher tags = ENTITY_TAG.matcher(header);
    while (tags.find()) {
      if (tags.group(1) == null && tags.group(2).equals(version)) {
        return true;
      }
    }
    return false;
  }
}
