package nl.buurtkennis.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Percent-decoding that refuses what lenient decoders drop or replace without a word. */
final class PercentDecoding {
  private PercentDecoding() {}

  /**
   * {@code encoded} with its percent-escapes decoded as UTF-8 ({@code +} stays a plus).
   *
   * @throws IllegalArgumentException for a {@code %} not followed by two hexadecimal digits, or
   *     escapes whose bytes are not UTF-8 (overlong forms and encoded surrogates included)
   */
  static String strict(String encoded) {
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
