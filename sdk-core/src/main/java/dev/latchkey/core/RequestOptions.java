package dev.latchkey.core;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Settings for one call, passed to a vendor client's method overloads, as in
 * {@code seam.accessCodes().get(id, options)}: extra headers (such as {@code Accept-Language}), an idempotency
 * key, a deadline for the whole call and a retry policy for it. Whatever is not set is the client's. They are
 * also how a vendor module gives a request its own headers or deadline (applied before the caller's, which
 * win).
 *
 * <pre>{@code
 * RequestOptions options = RequestOptions.builder()
 *     .header("Accept-Language", "de")
 *     .idempotencyKey(UUID.randomUUID().toString())
 *     .deadline(Duration.ofSeconds(5))
 *     .build();
 * }</pre>
 *
 * <p>Headers cannot replace what the SDK sets itself: authentication, {@code User-Agent},
 * {@code Accept-Encoding}; the framing headers ({@code Host}, {@code Content-Length}, ...) are refused. Values
 * given as {@link Secret}, and those of headers whose name says they hold a credential ({@code Authorization},
 * {@code Cookie}, or containing {@code token}, {@code secret}, {@code key}, {@code password},
 * {@code signature}), are scrubbed from error messages like the client's own secrets. Immutable and
 * thread-safe: one instance may serve any number of calls. {@link #toString()} shows header names only.
 */
public final class RequestOptions {

  /** The header {@link Builder#idempotencyKey(String)} sets, as Stripe and the IETF draft name it. */
  public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

  private static final RequestOptions NONE = new Builder().build();

  /** Set by the transport or by OkHttp from the body: a caller's value would be ignored or break the framing. */
  private static final Set<String> RESERVED = Set.of("host", "content-length", "content-type",
      "transfer-encoding", "connection", "user-agent", "accept-encoding", "te", "upgrade");

  private final Map<String, String> headers;
  private final Map<String, Secret> secretHeaders;
  private final Duration deadline;
  private final RetryPolicy retryPolicy;

  private RequestOptions(Builder b) {
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
    this.secretHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(b.secretHeaders));
    this.deadline = b.deadline;
    this.retryPolicy = b.retryPolicy;
  }

  /**
   * No options: every setting is the client's.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * A builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the headers with plain values, by name as given, in the order set} */
  public Map<String, String> headers() {
    return headers;
  }

  /** {@return the headers whose values are secret, by name as given, in the order set} */
  public Map<String, Secret> secretHeaders() {
    return secretHeaders;
  }

  /** {@return the idempotency key, if set with {@link Builder#idempotencyKey(String)}} */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(headers.get(IDEMPOTENCY_KEY));
  }

  /** {@return the time the whole call may take, all attempts included, if it overrides the client's} */
  public Optional<Duration> deadline() {
    return Optional.ofNullable(deadline);
  }

  /** {@return the retry policy of the call, if it overrides the client's} */
  public Optional<RetryPolicy> retryPolicy() {
    return Optional.ofNullable(retryPolicy);
  }

  /**
   * A builder preset with these options.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.headers.putAll(headers);
    b.secretHeaders.putAll(secretHeaders);
    b.deadline = deadline;
    b.retryPolicy = retryPolicy;
    return b;
  }

  /** Header names, deadline and whether a retry policy is set; never header values. */
  @Override
  public String toString() {
    StringBuilder names = new StringBuilder();
    for (String name : headers.keySet()) {
      names.append(names.length() == 0 ? "" : ", ").append(name);
    }
    for (String name : secretHeaders.keySet()) {
      names.append(names.length() == 0 ? "" : ", ").append(name);
    }
    return "RequestOptions{headers=[" + names + "]" + (deadline == null ? "" : ", deadline=" + deadline)
        + (retryPolicy == null ? "" : ", retryPolicy=set") + "}";
  }

  /** Builds {@link RequestOptions}. Not thread-safe. */
  public static final class Builder {
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, Secret> secretHeaders = new LinkedHashMap<>();
    private Duration deadline;
    private RetryPolicy retryPolicy;

    private Builder() {}

    /**
     * Sets a header, replacing one of the same name (any case) set before. Its value is kept secret when the
     * name says it holds a credential (see the class description).
     *
     * @param name the header name, such as {@code Accept-Language}
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException when the name or value is not valid in HTTP, or the header is one the
     *     SDK sets itself
     */
    public Builder header(String name, String value) {
      checkName(name);
      Objects.requireNonNull(value, name);
      checkValue(name, value);
      remove(name);
      if (looksSecret(name)) {
        secretHeaders.put(name, Secret.of(value));
      } else {
        headers.put(name, value);
      }
      return this;
    }

    /**
     * Sets a header whose value is secret, replacing one of the same name (any case) set before.
     *
     * @param name the header name
     * @param value the value, scrubbed from error messages
     * @return this builder
     * @throws IllegalArgumentException when the name or value is not valid in HTTP, or the header is one the
     *     SDK sets itself
     */
    public Builder header(String name, Secret value) {
      checkName(name);
      Objects.requireNonNull(value, name);
      checkValue(name, value.reveal());
      remove(name);
      secretHeaders.put(name, value);
      return this;
    }

    /**
     * Sets {@value RequestOptions#IDEMPOTENCY_KEY}, with which APIs that honour it apply a repeated write only
     * once. Whether the SDK may then send a write again is the vendor module's call: it knows whether its API
     * honours the header.
     *
     * @param key the key, such as a random UUID, the same for every repetition of one operation
     * @return this builder
     * @throws IllegalArgumentException when the key is blank or not a valid header value
     */
    public Builder idempotencyKey(String key) {
      Objects.requireNonNull(key, "key");
      if (key.isBlank()) {
        throw new IllegalArgumentException("the idempotency key must not be blank");
      }
      return header(IDEMPOTENCY_KEY, key);
    }

    /**
     * Bounds the call as a whole, every attempt and every wait between attempts included, overriding the
     * client's deadline.
     *
     * @param deadline the time the call may take, positive
     * @return this builder
     * @throws IllegalArgumentException when the deadline is zero or negative
     */
    public Builder deadline(Duration deadline) {
      this.deadline = Durations.requirePositive(deadline, "deadline");
      return this;
    }

    /**
     * How this call is retried, overriding the client's policy ({@link RetryPolicy#none()} for no retries).
     * Only calls the SDK knows to be safe to repeat are retried, whatever the policy.
     *
     * @param retryPolicy the retry policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private void remove(String name) {
      headers.keySet().removeIf(name::equalsIgnoreCase);
      secretHeaders.keySet().removeIf(name::equalsIgnoreCase);
    }

    private static boolean looksSecret(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith("idempotency-key")) {
        return false;
      }
      return lower.equals("authorization") || lower.equals("proxy-authorization") || lower.contains("cookie")
          || lower.contains("token") || lower.contains("secret") || lower.contains("key")
          || lower.contains("password") || lower.contains("signature") || lower.contains("credential");
    }

    // The rules OkHttp applies when the request is built, checked here so that a bad header fails at once.
    private static void checkName(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("a header name must not be empty");
      }
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c <= ' ' || c >= 0x7f || c == ':') {
          throw new IllegalArgumentException("invalid character at " + i + " in the header name " + name);
        }
      }
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("the SDK sets " + name + " itself");
      }
    }

    private static void checkValue(String name, String value) {
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if ((c < ' ' && c != '\t') || c >= 0x7f) {
          // The value itself is not quoted: it may be a credential.
          throw new IllegalArgumentException("invalid character at " + i + " in the value of the header " + name);
        }
      }
    }
  }
}
