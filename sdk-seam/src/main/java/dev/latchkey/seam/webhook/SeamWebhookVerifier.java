package dev.latchkey.seam.webhook;

import dev.latchkey.core.Durations;
import dev.latchkey.core.LatchkeyWebhookException;
import dev.latchkey.core.WebhookSignatures;
import java.io.IOException;
import java.io.InputStream;
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
 * <p>Bodies over the maximum size (default 1 MiB, {@link Builder#maxBodyBytes(int)}) are rejected with
 * {@link LatchkeyWebhookException.Reason#BODY_TOO_LARGE} before anything else is done with them; from a stream, no
 * more than one byte past the maximum is read. The signature is computed over the raw bytes, without copying
 * them, and the body becomes text and is parsed only once the signature holds.
 *
 * <pre>{@code
 * SeamWebhookVerifier verifier = SeamWebhookVerifier.builder(System.getenv("SEAM_WEBHOOK_SECRET")).build();
 * SeamWebhookEvent event = verifier.verifyAndParseStream(request::getHeader, request.getInputStream());
 * }</pre>
 *
 * <p>Pass the body exactly as received: re-serialised JSON does not verify. Immutable and thread-safe.
 */
public final class SeamWebhookVerifier {

  /** The default tolerance between the webhook's timestamp and the clock. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
  /** The default maximum size of a webhook body, in bytes (1 MiB; Seam's events are a few hundred bytes). */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
  /** The largest maximum body size a verifier accepts (a Java array's limit). */
  private static final int LARGEST_MAX_BODY_BYTES = Integer.MAX_VALUE - 16;

  private static final String SECRET_PREFIX = "whsec_";

  // Raw key bytes (never exposed, never printed): Secret holds text, and the decoded key is binary.
  private final byte[] key;
  private final Clock clock;
  private final Duration tolerance;
  private final int maxBodyBytes;

  private SeamWebhookVerifier(Builder builder) {
    this.key = builder.key.clone();
    this.clock = builder.clock;
    this.tolerance = builder.tolerance;
    this.maxBodyBytes = builder.maxBodyBytes;
  }

  /**
   * A builder for a verifier with the endpoint's signing secret ({@code whsec_...}).
   *
   * @param signingSecret the endpoint's signing secret, {@code whsec_} and base64
   * @return the builder
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
   * @throws LatchkeyWebhookException when the webhook must be rejected
   */
  public String verify(Function<String, String> headers, byte[] body) {
    Objects.requireNonNull(headers, "headers");
    if (body == null) {
      throw new LatchkeyWebhookException("seam", LatchkeyWebhookException.Reason.MALFORMED_PAYLOAD, "The webhook has no body");
    }
    if (body.length > maxBodyBytes) {
      throw tooLarge();
    }
    SignedHeaders signed = checkHeaders(headers);
    checkSignature(signed, body);
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Verifies a webhook whose body is a stream, reading at most one byte more than the maximum body size, and
   * returns the body as text. The headers are checked before the body is read; the stream is not closed.
   *
   * @param headers looks up a request header by name; null when absent
   * @param body the request body stream
   * @return the verified body
   * @throws LatchkeyWebhookException when the webhook must be rejected, the body is too large
   *     ({@code BODY_TOO_LARGE}) or the stream fails ({@code UNREADABLE_BODY})
   */
  public String verifyStream(Function<String, String> headers, InputStream body) {
    Objects.requireNonNull(headers, "headers");
    if (body == null) {
      throw new LatchkeyWebhookException("seam", LatchkeyWebhookException.Reason.MALFORMED_PAYLOAD, "The webhook has no body");
    }
    SignedHeaders signed = checkHeaders(headers);
    byte[] bytes;
    try {
      bytes = WebhookSignatures.readAtMost(body, maxBodyBytes).orElseThrow(this::tooLarge);
    } catch (IOException e) {
      // The stream's message is not shown: it may quote what the client sent.
      throw new LatchkeyWebhookException("seam", LatchkeyWebhookException.Reason.UNREADABLE_BODY,
          "The webhook body could not be read (" + e.getClass().getSimpleName() + ")");
    }
    checkSignature(signed, bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Verifies a webhook whose headers are in a map and whose body is a stream; see
   * {@link #verifyStream(Function, InputStream)}.
   *
   * @param headers the request headers
   * @param body the request body stream
   * @return the verified body
   * @throws LatchkeyWebhookException when the webhook must be rejected
   */
  public String verifyStream(Map<String, ?> headers, InputStream body) {
    Objects.requireNonNull(headers, "headers");
    return verifyStream(name -> lookup(headers, name), body);
  }

  /**
   * Verifies a webhook whose headers are in a map (names in any case; values a string or a list of strings).
   *
   * @param headers the request headers
   * @param body the raw request body
   * @return the verified body
   * @throws LatchkeyWebhookException when the webhook must be rejected
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
   * @throws LatchkeyWebhookException when the webhook must be rejected or is not a Seam event
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
   * @throws LatchkeyWebhookException when the webhook must be rejected or is not a Seam event
   */
  public SeamWebhookEvent verifyAndParse(Map<String, ?> headers, byte[] body) {
    return SeamWebhookEvent.parse(verify(headers, body));
  }

  /**
   * Verifies a webhook whose body is a stream (see {@link #verifyStream(Function, InputStream)}), then parses it.
   *
   * @param headers looks up a request header by name; null when absent
   * @param body the request body stream
   * @return the event
   * @throws LatchkeyWebhookException when the webhook must be rejected or is not a Seam event
   */
  public SeamWebhookEvent verifyAndParseStream(Function<String, String> headers, InputStream body) {
    return SeamWebhookEvent.parse(verifyStream(headers, body));
  }

  /**
   * Verifies a webhook whose headers are in a map and whose body is a stream, then parses it.
   *
   * @param headers the request headers
   * @param body the request body stream
   * @return the event
   * @throws LatchkeyWebhookException when the webhook must be rejected or is not a Seam event
   */
  public SeamWebhookEvent verifyAndParseStream(Map<String, ?> headers, InputStream body) {
    return SeamWebhookEvent.parse(verifyStream(headers, body));
  }

  /**
   * The largest body this verifier accepts.
   *
   * @return the maximum size in bytes
   */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  private LatchkeyWebhookException tooLarge() {
    return new LatchkeyWebhookException("seam", LatchkeyWebhookException.Reason.BODY_TOO_LARGE,
        "The webhook body is larger than the maximum of " + maxBodyBytes + " bytes");
  }

  /** The headers that go into the signature, after the timestamp was found within the tolerance. */
  private record SignedHeaders(String id, String timestamp, String signatures) {}

  private SignedHeaders checkHeaders(Function<String, String> headers) {
    String id = header(headers, "id");
    String timestamp = header(headers, "timestamp").strip();
    String signatures = header(headers, "signature");
    long seconds;
    try {
      seconds = Long.parseLong(timestamp);
    } catch (NumberFormatException e) {
      throw new LatchkeyWebhookException("seam",
          LatchkeyWebhookException.Reason.MALFORMED_HEADER, "The webhook timestamp is not a number of seconds");
    }
    Instant now = clock.instant();
    Instant sent = Instant.ofEpochSecond(Math.max(Math.min(seconds, 4_000_000_000L), -4_000_000_000L));
    if (sent.isBefore(now.minus(tolerance))) {
      throw new LatchkeyWebhookException("seam", LatchkeyWebhookException.Reason.TIMESTAMP_TOO_OLD,
          "The webhook timestamp is more than " + tolerance.toSeconds() + " s old");
    }
    if (sent.isAfter(now.plus(tolerance))) {
      throw new LatchkeyWebhookException("seam", LatchkeyWebhookException.Reason.TIMESTAMP_IN_FUTURE,
          "The webhook timestamp is more than " + tolerance.toSeconds() + " s in the future");
    }
    return new SignedHeaders(id, timestamp, signatures);
  }

  private void checkSignature(SignedHeaders headers, byte[] body) {
    byte[] prefix = (headers.id() + "." + headers.timestamp() + ".").getBytes(StandardCharsets.UTF_8);
    byte[] expected = WebhookSignatures.hmacSha256(key, prefix, body);
    boolean sawV1 = false;
    for (String entry : headers.signatures().strip().split("\\s+")) {
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
      throw new LatchkeyWebhookException("seam", LatchkeyWebhookException.Reason.MALFORMED_HEADER,
          "The webhook signature header has no 'v1,<signature>' entry");
    }
    throw new LatchkeyWebhookException("seam", LatchkeyWebhookException.Reason.SIGNATURE_MISMATCH,
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
    throw new LatchkeyWebhookException("seam", LatchkeyWebhookException.Reason.MISSING_HEADER,
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

  /** Shows the tolerance and the size limit only; never the secret. */
  @Override
  public String toString() {
    return "SeamWebhookVerifier[tolerance=" + tolerance + ", maxBodyBytes=" + maxBodyBytes + "]";
  }

  /** Builds a {@link SeamWebhookVerifier}. Not thread-safe. */
  public static final class Builder {
    private final byte[] key;
    private Clock clock = Clock.systemUTC();
    private Duration tolerance = DEFAULT_TOLERANCE;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

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

    /**
     * The clock timestamps are checked against (default: the system UTC clock).
     *
     * @param clock the clock timestamps are checked against (default: the system UTC clock)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How far a timestamp may be from the clock, either way (default 5 minutes).
     *
     * @param tolerance how far a timestamp may be from the clock, either way (default 5 minutes)
     * @return this builder
     */
    public Builder tolerance(Duration tolerance) {
      this.tolerance = Durations.requireNonNegative(tolerance, "tolerance");
      return this;
    }

    /**
     * The largest webhook body accepted, in bytes (default {@value SeamWebhookVerifier#DEFAULT_MAX_BODY_BYTES});
     * larger ones are rejected with {@code BODY_TOO_LARGE} before they are verified or parsed.
     *
     * @param maxBodyBytes at least 1, at most {@code Integer.MAX_VALUE - 16}
     * @return this builder
     * @throws IllegalArgumentException when out of range
     */
    public Builder maxBodyBytes(int maxBodyBytes) {
      if (maxBodyBytes < 1 || maxBodyBytes > LARGEST_MAX_BODY_BYTES) {
        throw new IllegalArgumentException("maxBodyBytes must be between 1 and " + LARGEST_MAX_BODY_BYTES);
      }
      this.maxBodyBytes = maxBodyBytes;
      return this;
    }

    /** {@return builds the verifier} */
    public SeamWebhookVerifier build() {
      return new SeamWebhookVerifier(this);
    }
  }
}
