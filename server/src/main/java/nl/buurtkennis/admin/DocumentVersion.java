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
  /** A comma-separated list of entity-tags, empty elements allowed (RFC 9110 5.6.1). */
  private static final Pattern TAG_LIST = Pattern.compile(
      "(?:(?:W/)?\"[^\"]*\"|\\s*)(?:\\s*,\\s*(?:(?:W/)?\"[^\"]*\")?)*");
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

  /** What an {@code If-Match} header says of the file at a version. */
  enum Match {
    /** {@code *}, or a list naming the version's strong entity-tag. */
    MATCHES,
    /** A list of strong entity-tags (some weak ones perhaps), none the version's. */
    OTHER_VERSION,
    /** Only weak entity-tags: never a match, whatever version they name (RFC 9110 13.1.1). */
    ONLY_WEAK,
    /** Empty (or only commas): a precondition that names nothing, surely not what was meant. */
    EMPTY,
    /** Not a list of entity-tags: an unquoted version, a quote missing. */
    MALFORMED
  }

  /**
   * What an {@code If-Match} header says of a change to the file at {@code version}: a list of
   * entity-tags matches when it names its strong entity-tag (a weak one never matches, as RFC
   * 9110 13.1.1 wants); a header that is no such list is told apart, to say what is wrong with it.
   */
  static Match ifMatch(String header, String version) {
    String value = header.strip();
    if (value.equals("*")) {
      return Match.MATCHES;
    }
    if (value.isEmpty()) {
      return Match.EMPTY;
    }
    if (!TAG_LIST.matcher(value).matches()) {
      return Match.MALFORMED;
    }
    boolean strong = false;
    boolean any = false;
    Matcher tags = ENTITY_TAG.matcher(value);
    while (tags.find()) {
      any = true;
      if (tags.group(1) == null) {
        strong = true;
        if (tags.group(2).equals(version)) {
          return Match.MATCHES;
        }
      }
    }
    if (!any) {
      return Match.EMPTY; // only commas
    }
    return strong ? Match.OTHER_VERSION : Match.ONLY_WEAK;
  }
}
