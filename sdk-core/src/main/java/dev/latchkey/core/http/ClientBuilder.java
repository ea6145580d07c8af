package dev.latchkey.core.http;

import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The transport settings every vendor client's builder offers, so that each client declares only its own
 * (API key, endpoint, OAuth credentials, ...). A vendor builder extends it with itself as {@code B}, which keeps
 * the setters chainable with the vendor's own:
 *
 * <pre>{@code
 * public static final class Builder extends ClientBuilder<Builder> {
 *   public Builder apiKey(String apiKey) { ...; return this; }
 *   public AcmeClient build() {
 *     HttpTransport transport = applyTransportSettings(HttpTransport.builder()
 *         .baseUrl(endpoint).vendor("acme").authenticator(...).errorDecoder(...)).build();
 *     return new AcmeClient(transport, clock(), sleeper());
 *   }
 * }
 * }</pre>
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

  /** For vendor builders. */
  protected ClientBuilder() {}

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
   * transport's, 2 minutes). A single request can override it with {@link ApiRequest.Builder#deadline}.
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
