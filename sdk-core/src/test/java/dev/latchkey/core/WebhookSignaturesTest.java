package dev.latchkey.core;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSignaturesTest {

  // RFC 4231, test case 2.
  private static final byte[] KEY = "Jefe".getBytes(UTF_8);
  private static final byte[] DATA = "what do ya want for nothing?".getBytes(UTF_8);
  private static final String EXPECTED_HEX =
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

  @Test
  void computesTheRfc4231Vector() {
    assertThat(WebhookSignatures.hmacSha256Hex(KEY, DATA)).isEqualTo(EXPECTED_HEX);
    assertThat(WebhookSignatures.hmacSha256(Secret.of("Jefe"), DATA))
        .isEqualTo(WebhookSignatures.parseHex(EXPECTED_HEX).orElseThrow());
    assertThat(Base64.getDecoder().decode(WebhookSignatures.hmacSha256Base64(KEY, DATA)))
        .isEqualTo(WebhookSignatures.hmacSha256(KEY, DATA));
  }

  @Test
  void partsAreMacedAsTheirConcatenation() {
    byte[] mac = WebhookSignatures.hmacSha256(KEY, "what do ya".getBytes(UTF_8), new byte[0],
        " want for nothing?".getBytes(UTF_8));

    assertThat(WebhookSignatures.toHex(mac)).isEqualTo(EXPECTED_HEX);
    assertThatThrownBy(() -> WebhookSignatures.hmacSha256(KEY, DATA, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void matchesHexInEitherCaseAndBase64InEitherAlphabet() {
    byte[] mac = WebhookSignatures.hmacSha256(KEY, DATA);

    assertThat(WebhookSignatures.matchesHex(mac, EXPECTED_HEX)).isTrue();
    assertThat(WebhookSignatures.matchesHex(mac, " " + EXPECTED_HEX.toUpperCase() + "\n")).isTrue();
    assertThat(WebhookSignatures.matchesBase64(mac, Base64.getEncoder().encodeToString(mac))).isTrue();
    assertThat(WebhookSignatures.matchesBase64(mac,
        Base64.getUrlEncoder().withoutPadding().encodeToString(mac))).isTrue();
  }

  @Test
  void aChangedPayloadDoesNotMatch() {
    byte[] mac = WebhookSignatures.hmacSha256(KEY, "what do ya want for nothing!".getBytes(UTF_8));

    assertThat(WebhookSignatures.matchesHex(mac, EXPECTED_HEX)).isFalse();
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "abc", "zz", "5bdcc146", "not base64 at all!!", "%%%%"})
  void malformedSignaturesNeverMatchAndNeverThrow(String received) {
    byte[] mac = WebhookSignatures.hmacSha256(KEY, DATA);

    assertThat(WebhookSignatures.matchesHex(mac, received)).isFalse();
    assertThat(WebhookSignatures.matchesBase64(mac, received)).isFalse();
  }

  @Test
  void parsesHexAndRejectsGarbage() {
    assertThat(WebhookSignatures.parseHex("00ff7F")).hasValueSatisfying(
        bytes -> assertThat(bytes).containsExactly(0x00, 0xff, 0x7f));
    assertThat(WebhookSignatures.parseHex("0g")).isEmpty();
    assertThat(WebhookSignatures.toHex(new byte[] {0x0a, (byte) 0xb1})).isEqualTo("0ab1");
  }

  @Test
  void rejectsAnEmptyKey() {
    assertThatThrownBy(() -> WebhookSignatures.hmacSha256(new byte[0], DATA))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(WebhookSignatures.constantTimeEquals(null, new byte[1])).isFalse();
  }
}
