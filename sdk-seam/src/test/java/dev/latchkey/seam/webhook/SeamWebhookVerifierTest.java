package dev.latchkey.seam.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.LatchkeyWebhookException;
import dev.latchkey.core.Secret;
import dev.latchkey.core.LatchkeyWebhookException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class SeamWebhookVerifierTest {

  static final String SECRET = "whsec_bGF0Y2hrZXktdGVzdC1zaWduaW5nLWtleS0zMmJ5dGU=";
  static final String ID = "msg_2kLtRxZ1";
  static final String TIMESTAMP = "1795255200"; // 2026-11-21T10:00:00Z
  static final String BODY = "{\"event_id\":\"8e3b2a55-1c1d-4d1e-9f7a-3f1a2b3c4d5e\","
      + "\"event_type\":\"access_code.set_on_device\",\"workspace_id\":\"ws_1\","
      + "\"created_at\":\"2026-11-21T10:00:00.000Z\",\"occurred_at\":\"2026-11-21T09:59:58.000Z\","
      + "\"access_code_id\":\"ac_1\",\"device_id\":\"dev_1\",\"connected_account_id\":\"ca_1\",\"code\":\"4821\"}";
  /**
   * Computed outside Java with OpenSSL:
   * <pre>
   * printf '%s' "msg_2kLtRxZ1.1795255200.$BODY" | openssl dgst -sha256 -mac HMAC \
   *   -macopt "hexkey:$(printf 'latchkey-test-signing-key-32byte' | xxd -p -c 256)" -binary | base64
   * </pre>
   */
  static final String OPENSSL_SIGNATURE = "9VgGI8c07rUt17xHQ3GOkVC0ydQSU/piFOwi3KZ5M4E=";

  private static final Instant SENT = Instant.ofEpochSecond(Long.parseLong(TIMESTAMP));

  private static SeamWebhookVerifier verifierAt(Instant now) {
    return SeamWebhookVerifier.builder(SECRET).clock(Clock.fixed(now, ZoneOffset.UTC)).build();
  }

  private static Map<String, String> svixHeaders(String signature) {
    return Map.of("svix-id", ID, "svix-timestamp", TIMESTAMP, "svix-signature", signature);
  }

  private static byte[] body(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void acceptsTheOpensslSignatureAndParsesTheEvent() {
    SeamWebhookEvent event = verifierAt(SENT.plusSeconds(30))
        .verifyAndParse(svixHeaders("v1," + OPENSSL_SIGNATURE), body(BODY));
    assertThat(event.accessCodeEventType()).isEqualTo(AccessCodeEventType.SET_ON_DEVICE);
    assertThat(event.eventType()).isEqualTo("access_code.set_on_device");
    assertThat(event.accessCodeId()).contains("ac_1");
    assertThat(event.deviceId()).contains("dev_1");
    assertThat(event.occurredAt()).contains(Instant.parse("2026-11-21T09:59:58Z"));
    assertThat(event.code()).map(Secret::reveal).contains("4821");
    assertThat(event.toString()).doesNotContain("4821");
  }

  @Test
  void agreesWithJavaxCryptoComputedInTheTest() throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(Base64.getDecoder().decode(SECRET.substring("whsec_".length())), "HmacSHA256"));
    String computed = Base64.getEncoder().encodeToString(mac.doFinal(body(ID + "." + TIMESTAMP + "." + BODY)));
    assertThat(computed).isEqualTo(OPENSSL_SIGNATURE);
  }

  @Test
  void acceptsWebhookHeaderNamesAnyCaseAndRotatedSignatures() {
    Map<String, List<String>> headers = Map.of(
        "Webhook-Id", List.of(ID),
        "Webhook-Timestamp", List.of(TIMESTAMP),
        "Webhook-Signature", List.of("v1,c29tZXRoaW5nIGVsc2U= v1a,ignored v1," + OPENSSL_SIGNATURE));
    assertThat(verifierAt(SENT).verify(headers, body(BODY))).isEqualTo(BODY);
  }

  @Test
  void rejectsATamperedBody() {
    String tampered = BODY.replace("ac_1", "ac_2");
    assertThatThrownBy(() -> verifierAt(SENT).verify(svixHeaders("v1," + OPENSSL_SIGNATURE), body(tampered)))
        .isInstanceOfSatisfying(LatchkeyWebhookException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH));
  }

  @Test
  void rejectsTheWrongSecret() {
    SeamWebhookVerifier other = SeamWebhookVerifier.builder(
            "whsec_" + Base64.getEncoder().encodeToString(body("another-secret-another-secret-xx")))
        .clock(Clock.fixed(SENT, ZoneOffset.UTC)).build();
    assertThatThrownBy(() -> other.verify(svixHeaders("v1," + OPENSSL_SIGNATURE), body(BODY)))
        .isInstanceOfSatisfying(LatchkeyWebhookException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH);
          assertThat(e.getMessage()).doesNotContain("whsec_").doesNotContain(OPENSSL_SIGNATURE);
        });
  }

  @Test
  void rejectsStaleAndFutureTimestampsButAcceptsTheEdge() {
    Map<String, String> headers = svixHeaders("v1," + OPENSSL_SIGNATURE);
    assertThatThrownBy(() -> verifierAt(SENT.plusSeconds(301)).verify(headers, body(BODY)))
        .isInstanceOfSatisfying(LatchkeyWebhookException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_TOO_OLD));
    assertThatThrownBy(() -> verifierAt(SENT.minusSeconds(301)).verify(headers, body(BODY)))
        .isInstanceOfSatisfying(LatchkeyWebhookException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.TIMESTAMP_IN_FUTURE));
    assertThat(verifierAt(SENT.plusSeconds(300)).verify(headers, body(BODY))).isEqualTo(BODY);
  }

  @Test
  void rejectsMissingAndMalformedHeaders() {
    SeamWebhookVerifier verifier = verifierAt(SENT);
    assertThatThrownBy(() -> verifier.verify(Map.of("svix-id", ID, "svix-timestamp", TIMESTAMP), body(BODY)))
        .isInstanceOfSatisfying(LatchkeyWebhookException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_HEADER));
    assertThatThrownBy(() -> verifier.verify(
            Map.of("svix-id", ID, "svix-timestamp", "yesterday", "svix-signature", "v1," + OPENSSL_SIGNATURE),
            body(BODY)))
        .isInstanceOfSatisfying(LatchkeyWebhookException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER));
    assertThatThrownBy(() -> verifier.verify(svixHeaders(OPENSSL_SIGNATURE), body(BODY)))
        .isInstanceOfSatisfying(LatchkeyWebhookException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER));
    assertThatThrownBy(() -> verifier.verify(svixHeaders("v1,%%%not-base64%%%"), body(BODY)))
        .isInstanceOfSatisfying(LatchkeyWebhookException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH));
    assertThatThrownBy(() -> verifier.verify(svixHeaders("v1," + OPENSSL_SIGNATURE), null))
        .isInstanceOf(LatchkeyWebhookException.class);
  }

  @Test
  void rejectsBadSecretsWithoutEchoingThem() {
    assertThatThrownBy(() -> SeamWebhookVerifier.builder("whsec_***not base64***"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("***not base64***");
    assertThatThrownBy(() -> SeamWebhookVerifier.builder(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThat(verifierAt(SENT).toString()).doesNotContain("bGF0Y2hrZXkt");
  }

  /** An endless stream of spaces that counts the bytes it hands out. */
  private static final class CountingEndlessStream extends InputStream {
    long delivered;

    @Override
    public int read() {
      delivered++;
      return ' ';
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
      delivered += length;
      return length;
    }
  }

  @Test
  void aStreamedBodyOverTheLimitIsRejectedAfterReadingOneBytePastIt() {
    CountingEndlessStream endless = new CountingEndlessStream();

    assertThatThrownBy(() -> verifierAt(SENT)
            .verifyAndParseStream(svixHeaders("v1," + OPENSSL_SIGNATURE), endless))
        .isInstanceOfSatisfying(LatchkeyWebhookException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.BODY_TOO_LARGE));
    assertThat(endless.delivered).isEqualTo(SeamWebhookVerifier.DEFAULT_MAX_BODY_BYTES + 1L);
  }

  @Test
  void aBodyOverTheLimitIsRejectedBeforeItsHeadersOrJsonAreLookedAt() {
    SeamWebhookVerifier verifier = SeamWebhookVerifier.builder(SECRET).maxBodyBytes(BODY.length() - 1)
        .clock(Clock.fixed(SENT, ZoneOffset.UTC)).build();
    CountingEndlessStream endless = new CountingEndlessStream();
    SeamWebhookVerifier small = SeamWebhookVerifier.builder(SECRET).maxBodyBytes(100)
        .clock(Clock.fixed(SENT, ZoneOffset.UTC)).build();

    assertThatThrownBy(() -> verifier.verifyAndParse(Map.of(), body(BODY)))
        .isInstanceOfSatisfying(LatchkeyWebhookException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.BODY_TOO_LARGE));
    assertThatThrownBy(() -> small.verifyStream(svixHeaders("v1," + OPENSSL_SIGNATURE), endless))
        .isInstanceOfSatisfying(LatchkeyWebhookException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.BODY_TOO_LARGE));
    assertThat(endless.delivered).isEqualTo(101);
    assertThat(SeamWebhookVerifier.builder(SECRET).maxBodyBytes(BODY.length()).clock(Clock.fixed(SENT,
        ZoneOffset.UTC)).build().verify(svixHeaders("v1," + OPENSSL_SIGNATURE), body(BODY))).isEqualTo(BODY);
  }

  @Test
  void aStreamedBodyIsVerifiedThenParsedAndTamperingOrTheWrongSecretIsRejected() {
    SeamWebhookEvent event = verifierAt(SENT).verifyAndParseStream(
        svixHeaders("v1," + OPENSSL_SIGNATURE), new ByteArrayInputStream(body(BODY)));
    SeamWebhookVerifier wrongSecret = SeamWebhookVerifier.builder(
            "whsec_" + Base64.getEncoder().encodeToString(body("another-secret-another-secret-xx")))
        .clock(Clock.fixed(SENT, ZoneOffset.UTC)).build();

    assertThat(event.accessCodeId()).contains("ac_1");
    assertThatThrownBy(() -> verifierAt(SENT).verifyAndParseStream(svixHeaders("v1," + OPENSSL_SIGNATURE),
            new ByteArrayInputStream(body(BODY.replace("ac_1", "ac_2")))))
        .isInstanceOfSatisfying(LatchkeyWebhookException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH));
    assertThatThrownBy(() -> wrongSecret.verifyAndParseStream(svixHeaders("v1," + OPENSSL_SIGNATURE),
            new ByteArrayInputStream(body(BODY))))
        .isInstanceOfSatisfying(LatchkeyWebhookException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.SIGNATURE_MISMATCH));
  }

  @Test
  void aFailingStreamGivesATypedRejectionWithoutItsMessage() {
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("peer sent Authorization: Bearer CanaryStream1");
      }
    };

    assertThatThrownBy(() -> verifierAt(SENT).verifyStream(svixHeaders("v1," + OPENSSL_SIGNATURE), failing))
        .isInstanceOfSatisfying(LatchkeyWebhookException.class, e -> {
          assertThat(e.reason()).isEqualTo(Reason.UNREADABLE_BODY);
          assertThat(e.getMessage()).doesNotContain("CanaryStream1");
        });
  }

  @Test
  void theMaximumBodySizeMustBePositive() {
    assertThatThrownBy(() -> SeamWebhookVerifier.builder(SECRET).maxBodyBytes(0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(SeamWebhookVerifier.builder(SECRET).build().maxBodyBytes())
        .isEqualTo(SeamWebhookVerifier.DEFAULT_MAX_BODY_BYTES).isEqualTo(1024 * 1024);
  }
}
