package dev.latchkey.core.http;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.OkHttpClient;

/**
 * The settings every vendor client's builder offers (the base URL and the transport's), so that each client
 * declares only its own (API key, OAuth credentials, ...). A vendor builder extends it with itself as
 * {@code B}, which keeps the setters chainable with the vendor's own, and names its default base URL (and, if
 * it has one, the environment variable that overrides it):
 *
 * <pre>{@code
 * public static final class Builder extends ClientBuilder<Builder> {
 *   private Secret apiKey;
 *
 *   private Builder() { super("https://api.acme.example", "ACME_ENDPOINT"); }
 *
 *   public Builder apiKey(Secret apiKey) { this.apiKey = apiKey; return this; }
 *
 *   public AcmeClient build() {
 *     Secret key = secretOrEnv(apiKey, "ACME_API_KEY").orElseThrow(() -> noCredentials("acme",
 *         "Acme client configuration error: no API key. Pass one to apiKey(...) or set ACME_API_KEY"));
 *     String url = baseUrl();
 *     HttpTransport transport = applyTransportSettings(HttpTransport.builder()
 *         .baseUrl(url).vendor("acme").secrets(key).authenticator(RequestAuthenticator.bearer(key))
 *         .errorDecoder(...)).build();
 *     return new AcmeClient(url, transport, clock(), sleeper());
 *   }
 * }
 * }</pre>
 *
 * <p>A value set on the builder wins over the environment, and the environment over the vendor's default;
 * blank values count as unset and values are stripped of surrounding whitespace.
 *
 * <p>Timeouts left unset (or set to {@code null}) are the transport's defaults, or those of the
 * {@linkplain #okHttpClient(OkHttpClient) client given}; they are validated by {@link HttpTransport.Builder}
 * when the vendor client is built. Not thread-safe.
 *
 * @param <B> the vendor's builder type, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  private OkHttpClient okHttpClient;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private Duration connectTimeout;
  private Duration readTimeout;
  private Duration callTimeout;
  private Duration deadline;
  private Clock clock = Clock.systemUTC();
  private Sleeper sleeper = Sleeper.SYSTEM;
  private Function<String, String> environment = System::getenv;
  private final String defaultBaseUrl;
  private final String baseUrlEnv;
  private String baseUrl;

  /**
   * For a vendor builder whose base URL is set on the builder or is the vendor's default.
   *
   * @param defaultBaseUrl the vendor's production base URL
   */
  protected ClientBuilder(String defaultBaseUrl) {
    this.defaultBaseUrl = Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl");
    this.baseUrlEnv = null;
  }

  /**
   * For a vendor builder whose base URL may also come from an environment variable.
   *
   * @param defaultBaseUrl the vendor's production base URL
   * @param baseUrlEnv the environment variable read when none is set on the builder, such as
   *     {@code ACME_ENDPOINT}
   */
  protected ClientBuilder(String defaultBaseUrl, String baseUrlEnv) {
    this.defaultBaseUrl = Objects.requireNonNull(defaultBaseUrl, "defaultBaseUrl");
    this.baseUrlEnv = Objects.requireNonNull(baseUrlEnv, "baseUrlEnv");
  }

  /**
   * The base URL of the vendor's API, such as a sandbox, a proxy or a simulator (default: the vendor's
   * environment variable, if the client reads one, else the vendor's production URL; the client's javadoc
   * names both).
   *
   * @param baseUrl an http(s) URL, or null for the default
   * @return this builder
   */
  public final B baseUrl(String baseUrl) {
    this.baseUrl = baseUrl;
    return self();
  }

  /**
   * An OkHttp client to derive from (your proxy, TLS, pool, interceptors); it is not modified. The client
   * derived from it never re-sends a request on its own: retry on connection failure, redirects and its
   * authenticator are off there, so that the SDK alone decides what is sent again.
   *
   * @param okHttpClient the client to derive from
   * @return this builder
   */
  public final B okHttpClient(OkHttpClient okHttpClient) {
    this.okHttpClient = Objects.requireNonNull(okHttpClient, "okHttpClient");
    return self();
  }

  /**
   * How reads are retried (default {@link RetryPolicy#defaults()}; {@link RetryPolicy#none()} turns it off).
   *
   * @param retryPolicy the retry policy
   * @return this builder
   */
  public final B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return self();
  }

  /**
   * The connect timeout (default: the transport's, 10 s).
   *
   * @param timeout the timeout
   * @return this builder
   */
  public final B connectTimeout(Duration timeout) {
    this.connectTimeout = timeout;
    return self();
  }

  /**
   * The read timeout (default: the transport's, 30 s).
   *
   * @param timeout the timeout
   * @return this builder
   */
  public final B readTimeout(Duration timeout) {
    this.readTimeout = timeout;
    return self();
  }

  /**
   * The timeout of one whole attempt (default: the transport's, 60 s).
   *
   * @param timeout the timeout
   * @return this builder
   */
  public final B callTimeout(Duration timeout) {
    this.callTimeout = timeout;
    return self();
  }

  /**
   * The time one call may take in all, every attempt and every wait between retries included (default: the
   * transport's, 2 minutes). A single request can override it with its per-call options
   * ({@link ApiRequest.Builder#options(dev.latchkey.core.RequestOptions)}).
   *
   * @param deadline the whole-call deadline, or null for the transport's default
   * @return this builder
   */
  public final B deadline(Duration deadline) {
    this.deadline = deadline;
    return self();
  }

  /**
   * The clock for {@code Retry-After} dates and any deadline the client keeps, such as waiting for an action
   * (default the system UTC clock; for tests).
   *
   * @param clock the clock
   * @return this builder
   */
  public final B clock(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    return self();
  }

  /**
   * What waits between retries and polls (default: sleeps the thread; for tests).
   *
   * @param sleeper the sleeper
   * @return this builder
   */
  public final B sleeper(Sleeper sleeper) {
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    return self();
  }

  /**
   * Where environment variables, such as the vendor's API key variable, are read from (default
   * {@link System#getenv(String)}; for tests, or to read them from elsewhere). The function returns null for
   * a variable that is not set.
   *
   * @param environment a variable's value by name
   * @return this builder
   */
  public final B environment(Function<String, String> environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
    return self();
  }

  /**
   * An environment variable, read through {@link #environment(Function)}.
   *
   * @param name the variable's name, such as {@code ACME_API_KEY}
   * @return its value stripped of surrounding whitespace, or empty when it is unset or blank
   */
  protected final Optional<String> env(String name) {
    Objects.requireNonNull(name, "name");
    String value = environment.apply(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /**
   * A credential set on the builder, else read from an environment variable.
   *
   * @param given the value set on the builder, or null
   * @param envVar the environment variable to fall back on, such as {@code ACME_API_KEY}
   * @return {@code given} unless null or blank, else the variable's value, else empty (the vendor builder
   *     then fails with its own message naming the setter and the variable)
   */
  protected final Optional<Secret> secretOrEnv(Secret given, String envVar) {
    if (given != null && !given.isBlank()) {
      return Optional.of(given);
    }
    return env(envVar).map(Secret::of);
  }

  /**
   * The exception a vendor builder throws when it has no credentials, neither set on it nor in the
   * environment: a {@link LatchkeyException} of category {@link ErrorCategory#AUTHENTICATION}, not retryable,
   * raised before any request is made.
   *
   * @param vendor the vendor id, such as {@code acme}
   * @param message what is missing and how to give it (the setter, the environment variable); never a value
   * @return the exception, for the builder to throw
   */
  protected final LatchkeyException noCredentials(String vendor, String message) {
    return new LatchkeyException(LatchkeyException.Details.builder()
        .vendor(Objects.requireNonNull(vendor, "vendor"))
        .message(Objects.requireNonNull(message, "message"))
        .category(ErrorCategory.AUTHENTICATION)
        .retryable(false)
        .build());
  }

  /**
   * The base URL the client is to use: the one set on the builder, else the vendor's environment variable,
   * else the vendor's default.
   *
   * @return the URL, stripped of surrounding whitespace
   * @throws IllegalArgumentException when it is not an http(s) URL (the message shows it without
   *     {@linkplain Urls#withoutCredentials credentials})
   */
  protected final String baseUrl() {
    String url;
    if (baseUrl != null && !baseUrl.isBlank()) {
      url = baseUrl.strip();
    } else if (baseUrlEnv != null) {
      url = env(baseUrlEnv).orElse(defaultBaseUrl);
    } else {
      url = defaultBaseUrl;
    }
    return requireHttpUrl(url);
  }

  /**
   * Checks a URL the vendor builder takes besides the base URL (such as an OAuth token endpoint) before it
   * reaches the transport, so that a wrong one is reported without its credentials.
   *
   * @param url the URL
   * @return {@code url}
   * @throws IllegalArgumentException when it is not an http(s) URL (the message shows it without
   *     {@linkplain Urls#withoutCredentials credentials})
   */
  protected final String requireHttpUrl(String url) {
    Urls.parseHttp(url);
    return url;
  }

  /** {@return the clock set on this builder, for the client's own deadlines} */
  protected final Clock clock() {
    return clock;
  }

  /** {@return the sleeper set on this builder, for the client's own waits} */
  protected final Sleeper sleeper() {
    return sleeper;
  }

  /**
   * Copies these settings onto a transport builder; unset timeouts and client are left as the transport's.
   *
   * @param transport the transport builder of the vendor client
   * @return {@code transport}, for chaining
   */
  protected final HttpTransport.Builder applyTransportSettings(HttpTransport.Builder transport) {
    transport.retryPolicy(retryPolicy).clock(clock).sleeper(sleeper);
    if (okHttpClient != null) {
      transport.okHttpClient(okHttpClient);
    }
    if (connectTimeout != null) {
      transport.connectTimeout(connectTimeout);
    }
    if (readTimeout != null) {
      transport.readTimeout(readTimeout);
    }
    if (callTimeout != null) {
      transport.callTimeout(callTimeout);
    }
    if (deadline != null) {
      transport.deadline(deadline);
    }
    return transport;
  }

  // Safe: B is bound to the subclass declaring itself as B.
  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
