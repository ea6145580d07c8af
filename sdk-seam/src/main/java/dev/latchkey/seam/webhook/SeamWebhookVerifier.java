package dev.latchkey.seam.webhook;

import dev.latchkey.core.WebhookSignatures;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Verifies Seam's webhooks, which Seam signs the Svix way, then parses them into {@link SeamWebhookEvent}s.
 *
 * <p>Headers: {@code svix-id}, {@code svix-timestamp} (Unix seconds) and {@code svix-signature}, or the same
 * with the {@code webhook-} prefix. The signature is the base64 HMAC-SHA256 of {@code id + "." + timestamp +
 * "." + body}, keyed by the base64-decoded part of the secret after {@code whsec_}; the signature header holds
 * one or more space-separated {@code v1,<base64>} entries (several during secret rotation), any of which may
 * match. Timestamps more than the tolerance (default 5 minutes) away from the clock are rejected.
 *
 * <pre>{@code
 * SeamWebhookVerifier verifier = SeamWebhookVerifier.builder(System.getenv("SEAM_WEBHOOK_SECRET")).build();
 * SeamWebhookEvent event = verifier.verifyAndParse(request::getHeader, rawBodyBytes);
 * }</pre>
 *
 * <p>Pass the body exactly as received: re-serialised JSON does not verify. Immutable and thread-safe.
 */
public final class SeamWebhookVerifier {

  /** The default tolerance between the webhook's timestamp and the clock. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final String SECRET_PREFIX = "whsec_";

  // Raw key bytes (never exposed, never printed): Secret holds text, and the decoded key is binary.
  private final byte[] key;
  private final Clock clock;
  private final Duration tolerance;

  private SeamWebhookVerifier(Builder builder) {
    this.key = builder.key.clone();
    this.clock = builder.clock;
    this.tolerance = builder.tolerance;
  }

  /**
   * A builder for a verifier with the endpoint's signing secret ({@code whsec_...}).
   *
   * @throws IllegalArgumentException when the secret is blank or its key part is not base64
   */
  public static Builder builder(String signingSecret) {
    return new Builder(signingSecret);
  }

  /**
   * Verifies a webhook and returns the body as text.
   *
   * @param headers looks up a request header by name (any case is tried as given and in lower case);
   *     returns null when absent, as servlet {@code getHeader} does
   * @param body the raw request body
   * @return the verified body
   * @throws SeamWebhookException when the webhook must be rejected
   */
  public String verify(Function<String, String> headers, byte[] body) {
    Objects.requireNonNull(headers, "headers");
    if (body == null) {
      throw new SeamWebhookException(SeamWebhookException.Reason.MALFORMED_PAYLOAD, "The webhook has no body");
    }
    String id = header(headers, "id");
    String timestamp = header(headers, "timestamp");
    String signatures = header(headers, "signature");
    verify(id, timestamp, signatures, body);
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Verifies a webhook whose headers are in a map (names in any case; values a string or a list of strings).
   *
   * @param headers the request headers
   * @param body the raw request body
   * @return the verified body
   * @throws SeamWebhookException when the webhook must be rejected
   */
  public String verify(Map<String, ?> headers, byte[] body) {
    Objects.requireNonNull(headers, "headers");
    return verify(name -> lookup(headers, name), body);
  }

  /**
   * Verifies, then parses the event.
   *
   * @param headers looks up a request header by name; null when absent
   * @param body the raw request body
   * @return the event
   * @throws SeamWebhookException when the webhook must be rejected or is not a Seam event
   */
  public SeamWebhookEvent verifyAndParse(Function<String, String> headers, byte[] body) {
    return SeamWebhookEvent.parse(verify(headers, body));
  }

  /**
   * Verifies, then parses the event.
   *
   * @param headers the request headers
   * @param body the raw request body
   * @return the event
   * @throws SeamWebhookException when the webhook must be rejected or is not a Seam event
   */
  public SeamWebhookEvent verifyAndParse(Map<String, ?> headers, byte[] body) {
    return SeamWebhookEvent.parse(verify(headers, body));
  }

  private void verify(String id, String timestamp, String signatureHeader, byte[] body) {
    long seconds;
    try {
      seconds = Long.parseLong(timestamp.strip());
    } catch (NumberFormatException e) {
      throw new SeamWebhookException(
          SeamWebhookException.Reason.MALFORMED_HEADER, "The webhook timestamp is not a number of seconds");
    }
    Instant now = clock.instant();
    Instant sent = Instant.ofEpochSecond(Math.max(Math.min(seconds, 4_000_000_000L), -4_000_000_000L));
    if (sent.isBefore(now.minus(tolerance))) {
      throw new SeamWebhookException(SeamWebhookException.Reason.TIMESTAMP_TOO_OLD,
          "The webhook timestamp is more than " + tolerance.toSeconds() + " s old");
    }
    if (sent.isAfter(now.plus(tolerance))) {
      throw new SeamWebhookException(SeamWebhookException.Reason.TIMESTAMP_IN_FUTURE,
          "The webhook timestamp is more than " + tolerance.toSeconds() + " s in the future");
    }
    byte[] prefix = (id + "." + timestamp.strip() + ".").getBytes(StandardCharsets.UTF_8);
    byte[] signed = new byte[prefix.length + body.length];
    System.arraycopy(prefix, 0, signed, 0, prefix.length);
    System.arraycopy(body, 0, signed, prefix.length, body.length);
    byte[] expected = WebhookSignatures.hmacSha256(key, signed);
    boolean sawV1 = false;
    for (String entry : signatureHeader.strip().split("\\s+")) {
      int comma = entry.indexOf(',');
      if (comma <= 0 || !entry.substring(0, comma).equals("v1")) {
        continue; // other schemes (v1a: asymmetric) are not used by Seam
      }
      sawV1 = true;
      if (WebhookSignatures.matchesBase64(expected, entry.substring(comma + 1))) {
        return;
      }
    }
    if (!sawV1) {
      throw new SeamWebhookException(SeamWebhookException.Reason.MALFORMED_HEADER,
          "The webhook signature header has no 'v1,<signature>' entry");
    }
    throw new SeamWebhookException(SeamWebhookException.Reason.SIGNATURE_MISMATCH,
        "The webhook signature does not match: the body was altered or the signing secret is wrong");
  }

  private static String header(Function<String, String> headers, String suffix) {
    for (String prefix : new String[] {"svix-", "webhook-"}) {
      String name = prefix + suffix;
      String value = headers.apply(name);
      if (value == null) {
        value = headers.apply(name.toUpperCase(Locale.ROOT));
      }
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    throw new SeamWebhookException(SeamWebhookException.Reason.MISSING_HEADER,
        "The webhook has no svix-" + suffix + " or webhook-" + suffix + " header");
  }

  private static String lookup(Map<String, ?> headers, String name) {
    for (Map.Entry<String, ?> entry : headers.entrySet()) {
      if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(name)) {
        Object value = entry.getValue();
        if (value instanceof Collection<?> values) {
          return values.isEmpty() ? null : String.valueOf(values.iterator().next());
        }
        return value == null ? null : value.toString();
      }
    }
    return null;
  }

  /** Shows the tolerance only; never the secret. */
  @Override
  public String toString() {
    return "SeamWebhookVerifier[tolerance=" + tolerance + "]";
  }

  /** Builds a {@link SeamWebhookVerifier}. Not thread-safe. */
  public static final class Builder {
    private final byte[] key;
    private Clock clock = Clock.systemUTC();
    private Duration tolerance = DEFAULT_TOLERANCE;

    private Builder(String signingSecret) {
      if (signingSecret == null || signingSecret.isBlank()) {
        throw new IllegalArgumentException("the webhook signing secret is blank");
      }
      String encoded = signingSecret.strip();
      if (encoded.startsWith(SECRET_PREFIX)) {
        encoded = encoded.substring(SECRET_PREFIX.length());
      }
      byte[] decoded;
      try {
        decoded = Base64.getDecoder().decode(encoded);
      } catch (IllegalArgumentException e) {
        // Never echo the secret: say only what is wrong with it.
        throw new IllegalArgumentException("the webhook signing secret is not whsec_ followed by base64");
      }
      if (decoded.length == 0) {
        throw new IllegalArgumentException("the webhook signing secret is empty after whsec_");
      }
      this.key = decoded;
    }

    /** The clock timestamps are checked against (default: the system UTC clock). */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How far a timestamp may be from the clock, either way (default 5 minutes). */
    public Builder tolerance(Duration tolerance) {
      Objects.requireNonNull(tolerance, "tolerance");
      if (tolerance.isNegative()) {
        throw new IllegalArgumentException("tolerance must not be negative");
      }
      this.tolerance = tolerance;
      return this;
    }

    /** Builds the verifier. */
    public SeamWebhookVerifier build() {
      return new SeamWebhookVerifier(this);
    }
  }
}
