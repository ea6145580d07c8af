package dev.latchkey.nuki.webhook;

import dev.latchkey.core.LatchkeyWebhookException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.Secret;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class NukiWebhookVerifierTest {

  /** The seed's example payload, exactly as on docs.nuki.io (LF line ends, no final newline): 200 bytes. */
  static final String SEED_BODY = """
      {
      "detail": [
      {
      "smartlockId": 123456789,
      "success": false,
      "errorCode": "ff",
      "id": "68b142..........a584f104"
      }
      ],
      "type": "AuthCreation",
      "requestId": "68b142..........a584f103",
      "success": false
      }""";

  static final String SECRET = "5a1d7e0c9b3f4e2a8c6d";

  /**
   * Computed independently of Java, once:
   * {@code printf '%s' "$SEED_BODY" | openssl dgst -sha256 -hmac '5a1d7e0c9b3f4e2a8c6d'}.
   */
  static final String SEED_SIGNATURE = "0d12287864e427b4012339811ff3bedc7bca85d26d0a7ca1391b65c93495a074";

  private final NukiWebhookVerifier verifier = NukiWebhookVerifier.create(Secret.of(SECRET));

  private static byte[] body() {
    return SEED_BODY.getBytes(StandardCharsets.UTF_8);
  }

  private static Function<String, String> headers(String name, String value) {
    return Map.of(name, value)::get;
  }

  private static LatchkeyWebhookException.Reason reason(Throwable e) {
    return ((LatchkeyWebhookException) e).reason();
  }

  @Test
  void theSeedBodyIsTwoHundredBytes() {
    assertThat(body()).hasSize(200);
  }

  @Test
  void acceptsTheOpensslVectorInEitherHeaderAndCase() {
    assertThat(verifier.verify(headers("X-Nuki-Signature-SHA256", SEED_SIGNATURE), body())).isEqualTo(body());
    assertThat(verifier.verify(headers("x-nuki-signature-sha256", SEED_SIGNATURE.toUpperCase()), body()))
        .isEqualTo(body());
    assertThat(verifier.verify(headers("X-Nuki-Signature", SEED_SIGNATURE), body())).isEqualTo(body());
  }

  @Test
  void oneVerifierServesManyThreadsAtOnce() throws Exception {
    // The verifier clones one keyed Mac per webhook: calls running at the same time must not share its state.
    byte[] tampered = SEED_BODY.replace("\"ff\"", "\"00\"").getBytes(StandardCharsets.UTF_8);
    Function<String, String> signed = headers(NukiWebhookVerifier.SIGNATURE_HEADER, SEED_SIGNATURE);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<int[]>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        results.add(pool.submit(() -> {
          int[] acceptedRejected = new int[2];
          for (int i = 0; i < 500; i++) {
            acceptedRejected[0] += verifier.verify(signed, body()).length == 200 ? 1 : 0;
            try {
              verifier.verify(signed, tampered);
            } catch (LatchkeyWebhookException e) {
              acceptedRejected[1] += e.reason() == LatchkeyWebhookException.Reason.SIGNATURE_MISMATCH ? 1 : 0;
            }
          }
          return acceptedRejected;
        }));
      }
      for (Future<int[]> result : results) {
        assertThat(result.get()).containsExactly(500, 500);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void rejectsATamperedBody() {
    byte[] tampered = SEED_BODY.replace("\"ff\"", "\"00\"").getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> verifier.verify(headers(NukiWebhookVerifier.SIGNATURE_HEADER, SEED_SIGNATURE), tampered))
        .isInstanceOf(LatchkeyException.class)
        .satisfies(e -> assertThat(reason(e)).isEqualTo(LatchkeyWebhookException.Reason.SIGNATURE_MISMATCH))
        .hasMessageContaining("does not match");
  }

  @Test
  void rejectsOneFlippedBit() {
    byte[] flipped = body();
    flipped[100] ^= 1;
    assertThatThrownBy(() -> verifier.verify(headers(NukiWebhookVerifier.SIGNATURE_HEADER, SEED_SIGNATURE), flipped))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(LatchkeyWebhookException.Reason.SIGNATURE_MISMATCH));
  }

  @Test
  void rejectsAWrongSecret() {
    NukiWebhookVerifier other = NukiWebhookVerifier.create(Secret.of(SECRET + "x"));
    assertThatThrownBy(() -> other.verify(headers(NukiWebhookVerifier.SIGNATURE_HEADER, SEED_SIGNATURE), body()))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(LatchkeyWebhookException.Reason.SIGNATURE_MISMATCH))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
  }

  @Test
  void rejectsAMissingOrMalformedHeader() {
    assertThatThrownBy(() -> verifier.verify(name -> null, body()))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(LatchkeyWebhookException.Reason.MISSING_HEADER));
    assertThatThrownBy(() -> verifier.verify(headers(NukiWebhookVerifier.SIGNATURE_HEADER, "zz" + SEED_SIGNATURE
        .substring(2)), body()))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(LatchkeyWebhookException.Reason.MALFORMED_HEADER));
    assertThatThrownBy(() -> verifier.verify(headers(NukiWebhookVerifier.SIGNATURE_HEADER, "sha256=abc"), body()))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(LatchkeyWebhookException.Reason.MALFORMED_HEADER));
  }

  @Test
  void rejectsABodyOverTheLimitBeforeComputingAnything() {
    NukiWebhookVerifier small = NukiWebhookVerifier.builder(Secret.of(SECRET)).maxBodyBytes(199).build();
    assertThatThrownBy(() -> small.verify(headers(NukiWebhookVerifier.SIGNATURE_HEADER, SEED_SIGNATURE), body()))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(LatchkeyWebhookException.Reason.BODY_TOO_LARGE));
    NukiWebhookVerifier exact = NukiWebhookVerifier.builder(Secret.of(SECRET)).maxBodyBytes(200).build();
    assertThat(exact.verify(headers(NukiWebhookVerifier.SIGNATURE_HEADER, SEED_SIGNATURE), body())).hasSize(200);
    assertThat(verifier.maxBodyBytes()).isEqualTo(1024 * 1024);
  }

  @Test
  void aStreamIsReadAtMostOneBytePastTheLimit() {
    AtomicLong served = new AtomicLong();
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served.incrementAndGet();
        return 'x';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        Arrays.fill(b, off, off + len, (byte) 'x');
        served.addAndGet(len);
        return len;
      }
    };
    NukiWebhookVerifier small = NukiWebhookVerifier.builder(Secret.of(SECRET)).maxBodyBytes(1000).build();
    assertThatThrownBy(() -> small.verifyStream(headers(NukiWebhookVerifier.SIGNATURE_HEADER, SEED_SIGNATURE),
        endless))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(LatchkeyWebhookException.Reason.BODY_TOO_LARGE));
    assertThat(served.get()).isEqualTo(1001);
  }

  @Test
  void aStreamVerifiesAndAFailingStreamIsUnreadable() {
    assertThat(verifier.verifyStream(headers(NukiWebhookVerifier.SIGNATURE_HEADER, SEED_SIGNATURE),
        new ByteArrayInputStream(body()))).isEqualTo(body());
    InputStream failing = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("client sent " + SECRET);
      }
    };
    assertThatThrownBy(() -> verifier.verifyStream(headers(NukiWebhookVerifier.SIGNATURE_HEADER, SEED_SIGNATURE),
        failing))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(LatchkeyWebhookException.Reason.UNREADABLE_BODY))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET))
        .hasNoCause();
  }

  @Test
  void theHeaderIsCheckedBeforeTheStreamIsRead() {
    AtomicLong served = new AtomicLong();
    InputStream counting = new InputStream() {
      @Override
      public int read() {
        served.incrementAndGet();
        return -1;
      }
    };
    assertThatThrownBy(() -> verifier.verifyStream(name -> null, counting))
        .satisfies(e -> assertThat(reason(e)).isEqualTo(LatchkeyWebhookException.Reason.MISSING_HEADER));
    assertThat(served.get()).isZero();
  }

  @Test
  void theSecretIsNeverShown() {
    assertThat(verifier.toString()).doesNotContain(SECRET);
    assertThatThrownBy(() -> NukiWebhookVerifier.create(Secret.of(" ")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
