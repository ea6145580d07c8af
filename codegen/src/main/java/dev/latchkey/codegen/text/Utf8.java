package dev.latchkey.codegen.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Strict UTF-8 decoding, for inputs that must be text: a catalog, a vendor's spec, a pasted body. */
public final class Utf8 {

  private Utf8() {}

  /**
   * Decodes bytes that must be UTF-8. Unlike {@code new String(bytes, UTF_8)}, which replaces what it cannot
   * read with U+FFFD, a malformed byte sequence makes the result empty, so the caller can say so.
   *
   * @param bytes the bytes
   * @return the text; empty when the bytes are not well-formed UTF-8
   */
  public static Optional<String> decode(byte[] bytes) {
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
