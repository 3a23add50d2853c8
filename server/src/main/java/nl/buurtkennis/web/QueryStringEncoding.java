package nl.buurtkennis.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Finds the parameter of a query string whose percent-escapes are malformed ({@code %zz}, a lone
 * {@code %}) or do not spell UTF-8. The web stack drops such a parameter without a word, so
 * {@code q=privacy%zz} would search for everything.
 */
final class QueryStringEncoding {
  private QueryStringEncoding() {}

  /** A badly encoded parameter; its name is null where the name itself is badly encoded. */
  record Malformed(String name) {}

  /** The first badly encoded parameter, or null when every one is well formed. */
  static Malformed firstMalformed(String queryString) {
    if (queryString == null || queryString.indexOf('%') < 0) {
      return null;
    }
    for (String pair : queryString.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      if (!wellFormed(name)) {
        return new Malformed(null);
      }
      if (equals >= 0 && !wellFormed(pair.substring(equals + 1))) {
        return new Malformed(decode(name));
      }
    }
    return null;
  }

  private static boolean wellFormed(String encoded) {
    try {
      decode(encoded);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String decode(String encoded) {
    ByteBuffer bytes = ByteBuffer.allocate(encoded.length() * 4);
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        if (i + 2 >= encoded.length() || Character.digit(encoded.charAt(i + 1), 16) < 0
            || Character.digit(encoded.charAt(i + 2), 16) < 0) {
          throw new IllegalArgumentException("malformed escape");
        }
        bytes.put((byte) Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.put(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    bytes.flip();
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(bytes).toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("not UTF-8", e);
    }
  }
}
