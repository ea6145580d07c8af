package dev.latchkey.core.http;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.Redactor;
import dev.latchkey.core.Secret;
import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonException;
import dev.latchkey.core.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A non-2xx response handed to an {@link ErrorDecoder}: status, headers, the (bounded) body text, the request's
 * method and path, and the attempt number.
 *
 * <p>The body text and header values have the exact values of the request's secrets removed; it is cut at the transport's error
 * body limit ({@link #bodyTruncated()} says so). {@link #toString()} shows no body. Immutable.
 */
public final class ErrorResponse {

  private final String vendor;
  private final int status;
  private final Map<String, List<String>> headers;
  private final String bodyText;
  private final boolean bodyTruncated;
  private final boolean bodyUnreadable;
  private final String method;
  private final String path;
  private final int attempts;
  private final List<Secret> secrets;
  private final Redactor redactor;
  private final Clock clock;

  private ErrorResponse(Builder b) {
    this.vendor = Objects.requireNonNull(b.vendor, "vendor");
    this.status = b.status;
    this.secrets = List.copyOf(b.secrets);
    this.redactor = b.redactor;
    this.clock = b.clock;
    // Servers echo credentials in headers too (a request id, a Location): decoders put those in messages.
    Map<String, List<String>> scrubbed = new LinkedHashMap<>();
    b.headers.forEach((name, values) -> scrubbed.put(name,
        values.stream().map(v -> Redactor.removeKnownSecrets(v, secrets)).toList()));
    this.headers = ApiResponse.HeaderMaps.normalise(scrubbed);
    this.bodyText = Redactor.removeKnownSecrets(b.bodyText, secrets);
    this.bodyTruncated = b.bodyTruncated;
    this.bodyUnreadable = b.bodyUnreadable;
    this.method = Objects.requireNonNull(b.method, "method");
    this.path = Objects.requireNonNull(b.path, "path");
    if (b.attempts < 1) {
      throw new IllegalArgumentException("attempts must be at least 1");
    }
    this.attempts = b.attempts;
  }

  /**
   * A builder, for the transport and for tests of error decoders.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the vendor id of the transport that received the response} */
  public String vendor() {
    return vendor;
  }

  /** {@return the HTTP status} */
  public int status() {
    return status;
  }

  /** {@return the headers, with lower-case names and the request's secret values removed} */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header, such as a vendor's request id.
   *
   * @param name the header name, any case
   * @return the value, if present
   */
  public Optional<String> header(String name) {
    return ApiResponse.HeaderMaps.first(headers, name);
  }

  /** {@return the media type without parameters, lower case, if declared} */
  public Optional<String> contentType() {
    return header("content-type").map(ApiResponse.HeaderMaps::mediaType);
  }

  /** {@return whether the response declares a JSON content type} */
  public boolean isJson() {
    return contentType().map(ApiResponse.HeaderMaps::isJson).orElse(false);
  }

  /** {@return the body as text (UTF-8), bounded, with the request's secret values removed; may be empty} */
  public String bodyText() {
    return bodyText;
  }

  /** {@return whether the body was longer than the error body limit and {@link #bodyText()} is only its start} */
  public boolean bodyTruncated() {
    return bodyTruncated;
  }

  /**
   * Whether the body could not be read (invalid gzip, invalid framing, the connection dropped while reading
   * it); {@link #bodyText()} is then what could be read, usually nothing. The status still holds.
   *
   * @return true when the body was unreadable
   */
  public boolean bodyUnreadable() {
    return bodyUnreadable;
  }

  /** {@return the request's HTTP method} */
  public String method() {
    return method;
  }

  /** {@return the request's path, without query string} */
  public String path() {
    return path;
  }

  /** {@return the attempt that received this response (1 for the first); decoders put it on the exception} */
  public int attempts() {
    return attempts;
  }

  /**
   * A redacted, single-line excerpt of the body for an exception message.
   *
   * @param maxChars the longest excerpt
   * @return the excerpt, possibly empty
   */
  public String snippet(int maxChars) {
    return redactor.snippet(bodyText, maxChars, secrets);
  }

  /**
   * Reads the body as a JSON tree, leniently: any problem (empty, not JSON, truncated, over the reader's limits)
   * gives an empty result instead of an exception.
   *
   * @return the tree, or empty when the body is not one JSON value
   */
  public Optional<JsonValue> bodyJson() {
    if (bodyText.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.parse(bodyText));
    } catch (JsonException e) {
      return Optional.empty();
    }
  }

  /**
   * The wait the {@code Retry-After} header asks for, measured against the transport's clock for an HTTP-date.
   *
   * @return the wait (zero for a date in the past), or empty when the header is absent or unreadable
   */
  public Optional<Duration> retryAfter() {
    return RetryAfter.parse(header("retry-after").orElse(null), clock);
  }

  /**
   * Details preset with what this response knows: vendor, HTTP status, attempt count, {@link #retryAfter()}, and the redactor and
   * exact secrets that keep the server's text (message, request id, raw code) free of credentials and PINs,
   * even when the server echoes them. Decoders add the code, message, request id and build their exception.
   *
   * @return a new details builder
   */
  public LatchkeyException.Details.Builder toDetails() {
    return LatchkeyException.Details.builder().vendor(vendor).httpStatus(status).attempts(attempts)
        .retryAfter(retryAfter().orElse(null)).redactor(redactor).secrets(secrets);
  }

  /** Status, method, path, attempt and body length; never the body. */
  @Override
  public String toString() {
    return "ErrorResponse{vendor=" + vendor + ", status=" + status + ", " + method + " " + path
        + ", attempts=" + attempts + ", bodyLength=" + bodyText.length()
        + (bodyTruncated ? " (truncated)" : "") + (bodyUnreadable ? " (unreadable)" : "") + "}";
  }

  /** Builds an {@link ErrorResponse}. Not thread-safe. */
  public static final class Builder {
    private String vendor;
    private int status;
    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private String bodyText = "";
    private boolean bodyTruncated;
    private boolean bodyUnreadable;
    private String method = "GET";
    private String path = "/";
    private int attempts = 1;
    private final List<Secret> secrets = new ArrayList<>();
    private Redactor redactor = Redactor.defaults();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * The vendor id, required.
     *
     * @param vendor the vendor id
     * @return this builder
     */
    public Builder vendor(String vendor) {
      this.vendor = vendor;
      return this;
    }

    /**
     * The HTTP status.
     *
     * @param status the HTTP status
     * @return this builder
     */
    public Builder status(int status) {
      this.status = status;
      return this;
    }

    /**
     * Adds a header value.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder header(String name, String value) {
      headers.computeIfAbsent(name, n -> new ArrayList<>()).add(Objects.requireNonNull(value, name));
      return this;
    }

    /**
     * The body text (default empty).
     *
     * @param bodyText the body text
     * @return this builder
     */
    public Builder body(String bodyText) {
      this.bodyText = Objects.requireNonNull(bodyText, "bodyText");
      return this;
    }

    /**
     * Whether the body text is only the start of a longer body.
     *
     * @param bodyTruncated whether the body was cut
     * @return this builder
     */
    public Builder bodyTruncated(boolean bodyTruncated) {
      this.bodyTruncated = bodyTruncated;
      return this;
    }

    /**
     * Whether the body could not be read (default false).
     *
     * @param bodyUnreadable true when the body was unreadable
     * @return this builder
     */
    public Builder bodyUnreadable(boolean bodyUnreadable) {
      this.bodyUnreadable = bodyUnreadable;
      return this;
    }

    /**
     * The request's method (default GET).
     *
     * @param method the HTTP method
     * @return this builder
     */
    public Builder method(String method) {
      this.method = method;
      return this;
    }

    /**
     * The request's path (default "/").
     *
     * @param path the path relative to the base URL, such as {@code "/devices/get"}
     * @return this builder
     */
    public Builder path(String path) {
      this.path = path;
      return this;
    }

    /**
     * The attempt number, at least 1 (default 1).
     *
     * @param attempts the attempt number, at least 1
     * @return this builder
     */
    public Builder attempts(int attempts) {
      this.attempts = attempts;
      return this;
    }

    /**
     * Secret values to remove from the body text.
     *
     * @param secrets the secret values
     * @return this builder
     */
    public Builder secrets(List<Secret> secrets) {
      this.secrets.addAll(secrets);
      return this;
    }

    /**
     * The redactor for excerpts of the body and for the details of decoded exceptions: the transport's, which
     * knows the vendor's key prefixes (default {@link Redactor#defaults()}).
     *
     * @param redactor the redactor
     * @return this builder
     */
    public Builder redactor(Redactor redactor) {
      this.redactor = java.util.Objects.requireNonNull(redactor, "redactor");
      return this;
    }

    /**
     * The clock that an HTTP-date {@code Retry-After} is measured against: the transport's (default the system
     * clock).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the response.
     *
     * @return the response
     */
    public ErrorResponse build() {
      return new ErrorResponse(this);
    }
  }
}
