package dev.latchkey.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RedactionTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Authorization: Bearer eyJhbGciOi.payload.sig1 | eyJhbGciOi",
      "sent Bearer abcdefghijklmnopqrstuvwxyz | abcdefghijklmnopqrstuvwxyz",
      "key seam_test2ZMo_4KJ3hnH5whKZ8dXRdKoQ3Pc used | 2ZMo_4KJ3hnH5whKZ8dXRdKoQ3Pc",
      "secret whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw in config | MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
      "{\"access_token\":\"at-123\",\"x\":1} | at-123",
      "{\"refresh_token\" : \"rt-456\"} | rt-456",
      "{\"client_secret\":\"cs-789\"} | cs-789",
      "{\"code\":\"4821\"} | 4821",
      "{\"pin\": 739164} | 739164",
      "{\"keypad_code\":\"555123\"} | 555123",
      "grant_type=refresh_token&refresh_token=rt-999&client_secret=cs-000 | rt-999",
      "grant_type=refresh_token&refresh_token=rt-999&client_secret=cs-000 | cs-000",
      "https://host/cb?code=authcode77&state=s | authcode77",
      "X-API-Key: k-abcdef | k-abcdef",
      "invalid client_secret Zx81kLmq0 given | Zx81kLmq0",
      "refresh_token: rt_9f8e7d6c expired | rt_9f8e7d6c",
      "Code 482193 already exists on the lock | 482193",
      "the PIN: 0042 is taken | 0042",
  })
  void masksSecretLookingValues(String text, String secret) {
    String redacted = Redaction.redact(text);

    assertThat(redacted).doesNotContain(secret).contains(Redaction.MASK);
  }

  @Test
  void keepsOrdinaryProseReadable() {
    String prose = "The Bearer token expired; the device_code field, the code slot and client_secret are fine;"
        + " the secret is invalid; error 500 at line 1234.";

    assertThat(Redaction.redact(prose)).isEqualTo(prose);
  }

  @Test
  void removesKnownSecretValuesVerbatimButNotTooShortOnes() {
    String text = "key plainkey1 and pin 12";

    String redacted = Redaction.redact(text, List.of(Secret.of("plainkey1"), Secret.of("12")));

    assertThat(redacted).isEqualTo("key [redacted] and pin 12");
  }

  @Test
  void snippetIsSingleLineBoundedAndRedacted() {
    String text = "first\n\tsecond {\"pin\":\"1234\"} " + "y".repeat(500);

    String snippet = Redaction.snippet(text, 60, List.of());

    assertThat(snippet).startsWith("first second {\"pin\":\"[redacted]\"}").endsWith("…").hasSize(61);
  }

  @Test
  void nullGivesEmptyText() {
    assertThat(Redaction.redact(null)).isEmpty();
  }
}
