package dev.latchkey.codegen.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {

  @Test
  void wellFormedUtf8IsDecoded() {
    String text = "code: 0xFF \u00e9 \u20ac \uD83D\uDD11";
    assertThat(Utf8.decode(text.getBytes(StandardCharsets.UTF_8))).contains(text);
    assertThat(Utf8.decode(new byte[0])).contains("");
  }

  @Test
  void malformedBytesAreNoTextRatherThanReplacementCharacters() {
    assertThat(Utf8.decode(new byte[] {'a', (byte) 0xff, 'b'})).isEmpty();          // never valid in UTF-8
    assertThat(Utf8.decode(new byte[] {'a', (byte) 0xc3})).isEmpty();               // truncated sequence
    assertThat(Utf8.decode(new byte[] {(byte) 0xc0, (byte) 0xaf})).isEmpty();       // overlong '/'
    assertThat(Utf8.decode("caf\u00e9".getBytes(StandardCharsets.ISO_8859_1))).isEmpty(); // Latin-1, not UTF-8
  }
}
