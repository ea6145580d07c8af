package dev.latchkey.nuki.webhook;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyWebhookException;
import dev.latchkey.core.Secret;
import dev.latchkey.core.WebhookSignatures;
import dev.latchkey.nuki.NukiErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies the signature of Nuki's webhooks: the hex HMAC-SHA256 (RFC 2104) of the raw body, keyed with the
 * secret Nuki returned when the decentral webhook was registered
 * ({@link dev.latchkey.nuki.RegisteredWebhook#secret()}), in the header {@value #SIGNATURE_HEADER} or, as
 * Nuki's monitoring page also names it, {@value #LEGACY_SIGNATURE_HEADER}. The comparison takes constant time.
 *
 * <p>Bodies over the maximum size (default 1 MiB, {@link Builder#maxBodyBytes(int)}) are rejected before
 * anything else is done with them; from a stream no more than one byte past the maximum is read. Nothing is
 * parsed before the signature holds: use {@link NukiWebhookHandler} to verify, parse and dispatch in one call.
 * Nuki's webhooks carry no timestamp, so the signature is all there is to check; replays of a genuine delivery
 * are harmless to pending operations, which complete once.
 *
 * <p>Every rejection is a {@link LatchkeyException} (vendor {@code nuki}, raw code {@code webhook_<reason>}:
 * {@code webhook_missing_header}, {@code webhook_malformed_header}, {@code webhook_signature_mismatch},
 * {@code webhook_body_too_large}, {@code webhook_unreadable_body}, {@code webhook_malformed_payload}); answer it
 * with 400, 401 or 413 and do not act on the body. Its message never holds the secret or the body. Pass the
 * body exactly as received: re-serialised JSON does not verify. Immutable and thread-safe.
 */
public final class NukiWebhookVerifier {

  /** The header Nuki's webhook guide names for the signature. */
  public static final String SIGNATURE_HEADER = "X-Nuki-Signature-SHA256";
  /** The header Nuki's monitoring page names for the signature; read when the first is absent. */
  public static final String LEGACY_SIGNATURE_HEADER = "X-Nuki-Signature";
  /** The default maximum size of a webhook body, in bytes (1 MiB). */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  // The key's bytes, never exposed nor printed.
  private final byte[] key;
  private final int maxBodyBytes;
  // Keyed once and cloned per webhook (a Mac is not thread-safe): looking up the provider and keying a new
  // Mac cost more than the HMAC of a typical webhook body. Null when the provider's Mac cannot be cloned.
  private final Mac keyedMac;

  private NukiWebhookVerifier(Builder b) {
    this.key = b.secret.revealBytes();
    this.maxBodyBytes = b.maxBodyBytes;
    this.keyedMac = keyedMac(key);
  }

  private static Mac keyedMac(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      mac.clone();
      return mac;
    } catch (GeneralSecurityException | CloneNotSupportedException e) {
      return null;
    }
  }

  /**
   * A builder for a verifier with the webhook's secret.
   *
   * @param secret the secret Nuki returned on registration; not blank
   * @return the builder
   * @throws IllegalArgumentException when the secret is blank
   */
  public static Builder builder(Secret secret) {
    return new Builder(secret);
  }

  /**
   * A verifier with the webhook's secret and the default maximum body size.
   *
   * @param secret the secret Nuki returned on registration; not blank
   * @return the verifier
   * @throws IllegalArgumentException when the secret is blank
   */
  public static NukiWebhookVerifier create(Secret secret) {
    return builder(secret).build();
  }

  /** {@return the largest body accepted, in bytes} */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * Verifies a webhook.
   *
   * @param headers looks up a request header by name (tried as given and in lower case); null when absent, as
   *     servlet {@code getHeader} does
   * @param body the raw request body
   * @return the body, verified (the same array)
   * @throws LatchkeyException when the webhook must be rejected: no or malformed signature header, signature
   *     mismatch (tampered body or wrong secret), body too large
   */
  public byte[] verify(Function<String, String> headers, byte[] body) {
    Objects.requireNonNull(headers, "headers");
    if (body == null) {
      throw reject(LatchkeyWebhookException.Reason.MALFORMED_PAYLOAD, "The webhook has no body");
    }
    if (body.length > maxBodyBytes) {
      throw tooLarge();
    }
    byte[] signature = signature(headers);
    check(signature, body);
    return body;
  }

  /**
   * Verifies a webhook whose body is a stream, reading at most one byte more than the maximum body size. The
   * header is checked before the body is read; the stream is not closed.
   *
   * @param headers looks up a request header by name; null when absent
   * @param body the request body stream
   * @return the body, verified
   * @throws LatchkeyException when the webhook must be rejected, the body is too large or the stream fails
   */
  public byte[] verifyStream(Function<String, String> headers, InputStream body) {
    Objects.requireNonNull(headers, "headers");
    if (body == null) {
      throw reject(LatchkeyWebhookException.Reason.MALFORMED_PAYLOAD, "The webhook has no body");
    }
    byte[] signature = signature(headers);
    byte[] bytes;
    try {
      bytes = WebhookSignatures.readAtMost(body, maxBodyBytes).orElseThrow(this::tooLarge);
    } catch (IOException e) {
      // The stream's message is not shown: it may quote what the client sent.
      throw reject(LatchkeyWebhookException.Reason.UNREADABLE_BODY,
          "The webhook body could not be read (" + e.getClass().getSimpleName() + ")");
    }
    check(signature, bytes);
    return bytes;
  }

  private byte[] signature(Function<String, String> headers) {
    String value = header(headers, SIGNATURE_HEADER);
    if (value == null) {
      value = header(headers, LEGACY_SIGNATURE_HEADER);
    }
    if (value == null || value.isBlank()) {
      throw reject(LatchkeyWebhookException.Reason.MISSING_HEADER,
          "The webhook has no " + SIGNATURE_HEADER + " or " + LEGACY_SIGNATURE_HEADER + " header");
    }
    String hex = value.strip();
    if (hex.length() != 64) {
      throw reject(LatchkeyWebhookException.Reason.MALFORMED_HEADER,
          "The webhook signature is not 64 hexadecimal digits (HMAC-SHA256)");
    }
    return WebhookSignatures.parseHex(hex).orElseThrow(() -> reject(LatchkeyWebhookException.Reason.MALFORMED_HEADER,
        "The webhook signature is not 64 hexadecimal digits (HMAC-SHA256)"));
  }

  private void check(byte[] received, byte[] body) {
    byte[] expected = hmacSha256(body);
    if (!WebhookSignatures.constantTimeEquals(expected, received)) {
      throw reject(LatchkeyWebhookException.Reason.SIGNATURE_MISMATCH,
          "The webhook signature does not match: the body was altered or the webhook secret is wrong");
    }
  }

  private byte[] hmacSha256(byte[] body) {
    if (keyedMac != null) {
      try {
        return ((Mac) keyedMac.clone()).doFinal(body);
      } catch (CloneNotSupportedException e) {
        // Not reached: the constructor cloned it once; the general path below is always right.
      }
    }
    return WebhookSignatures.hmacSha256(key, body);
  }

  private static String header(Function<String, String> headers, String name) {
    String value = headers.apply(name);
    return value != null ? value : headers.apply(name.toLowerCase(Locale.ROOT));
  }

  private LatchkeyException tooLarge() {
    return reject(LatchkeyWebhookException.Reason.BODY_TOO_LARGE,
        "The webhook body is larger than the maximum of " + maxBodyBytes + " bytes");
  }

  /** The one place that creates webhook rejections (the parser uses it too): core's webhook exception. */
  static LatchkeyWebhookException reject(LatchkeyWebhookException.Reason reason, String message) {
    return new LatchkeyWebhookException(NukiErrorCode.VENDOR, reason, message);
  }

  /** Never the secret. */
  @Override
  public String toString() {
    return "NukiWebhookVerifier{maxBodyBytes=" + maxBodyBytes + "}";
  }

  /** Builds a {@link NukiWebhookVerifier}. Not thread-safe. */
  public static final class Builder {
    private final Secret secret;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

    private Builder(Secret secret) {
      Objects.requireNonNull(secret, "secret");
      if (secret.isBlank()) {
        throw new IllegalArgumentException("the webhook secret is blank");
      }
      this.secret = secret;
    }

    /**
     * The largest body accepted (default 1 MiB).
     *
     * @param maxBodyBytes 1 .. {@code Integer.MAX_VALUE - 16}
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1 || maxBodyBytes > Integer.MAX_VALUE - 16) {
        throw new IllegalArgumentException("maxBodyBytes out of range: " + maxBodyBytes);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     */
    public NukiWebhookVerifier build() {
      return new NukiWebhookVerifier(this);
    }
  }
}
