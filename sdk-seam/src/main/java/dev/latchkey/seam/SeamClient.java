package dev.latchkey.seam;

import dev.latchkey.core.Durations;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.RetryPolicy;
import dev.latchkey.core.Secret;
import dev.latchkey.core.Sleeper;
import dev.latchkey.core.http.ClientBuilder;
import dev.latchkey.core.http.HttpTransport;
import dev.latchkey.core.http.RequestAuthenticator;
import dev.latchkey.core.http.Urls;
import dev.latchkey.seam.internal.SeamErrorDecoder;
import java.time.Clock;
import java.time.Duration;

/**
 * A client of the Seam Connect API for access codes, devices and action attempts.
 *
 * <pre>{@code
 * SeamClient seam = SeamClient.builder().build();          // SEAM_API_KEY, and SEAM_ENDPOINT if set
 * AccessCode code = seam.accessCodes().get(accessCodeId);
 * for (AccessCodeDiagnosis.Finding f : code.diagnose().findings()) { ... }
 * }</pre>
 *
 * <p>Errors arrive as {@link SeamException} subclasses with the typed {@link SeamHttpErrorType}, the status,
 * Seam's message, the {@code seam-request-id} and the catalog's remedies; network failures and unreadable
 * responses as sdk-core's Latchkey exceptions. Reads are retried by the {@link RetryPolicy} on network errors,
 * 429 (honouring {@code Retry-After}) and 5xx; creates, updates and deletes are never retried blindly.
 *
 * <p>Immutable and thread-safe: build one per API key and share it.
 */
public final class SeamClient {

  /** The production base URL, used unless the builder or {@code SEAM_ENDPOINT} says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://connect.getseam.com";
  /** The environment variable read for the API key when the builder has none. */
  public static final String API_KEY_ENV = "SEAM_API_KEY";
  /** The environment variable read for the base URL when the builder has none (Seam's own SDKs read it too). */
  public static final String BASE_URL_ENV = "SEAM_ENDPOINT";
  /** The default interval between polls of an action attempt (as in Seam's own SDKs). */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);
  /** The default time to wait for an action attempt (as in Seam's own SDKs). */
  public static final Duration DEFAULT_ACTION_ATTEMPT_TIMEOUT = Duration.ofSeconds(10);

  private final String baseUrl;
  private final AccessCodes accessCodes;
  private final Devices devices;
  private final ActionAttempts actionAttempts;

  private SeamClient(String baseUrl, HttpTransport transport, Secret apiKey, Duration pollInterval,
      Duration actionAttemptTimeout, Clock clock, Sleeper sleeper) {
    this.baseUrl = baseUrl;
    SeamHttp http = new SeamHttp(transport);
    this.actionAttempts = new ActionAttempts(http, apiKey, pollInterval, actionAttemptTimeout, clock, sleeper);
    this.accessCodes = new AccessCodes(http, actionAttempts);
    this.devices = new Devices(http);
  }

  /** {@return a builder; see its methods for the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return access codes, and through {@link AccessCodes#unmanaged()} the unmanaged ones} */
  public AccessCodes accessCodes() {
    return accessCodes;
  }

  /** {@return devices} */
  public Devices devices() {
    return devices;
  }

  /** {@return action attempts, and waiting for them} */
  public ActionAttempts actionAttempts() {
    return actionAttempts;
  }

  /** {@return the base URL this client talks to} */
  public String baseUrl() {
    return baseUrl;
  }

  /** {@return the base URL {@linkplain Urls#withoutCredentials without credentials}; never the API key} */
  @Override
  public String toString() {
    return "SeamClient[" + Urls.withoutCredentials(baseUrl) + "]";
  }

  /**
   * Builds a {@link SeamClient}. The base URL (default: {@code SEAM_ENDPOINT}, else
   * {@value SeamClient#DEFAULT_BASE_URL}) and the transport settings (OkHttp client, retry policy, timeouts,
   * clock, sleeper) are {@link ClientBuilder}'s; the clock and sleeper also time action-attempt polling. Not
   * thread-safe.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private Secret apiKey;
    private Duration pollInterval = DEFAULT_POLL_INTERVAL;
    private Duration actionAttemptTimeout = DEFAULT_ACTION_ATTEMPT_TIMEOUT;

    private Builder() {
      super(DEFAULT_BASE_URL, BASE_URL_ENV);
    }

    /**
     * The API key (default: the {@code SEAM_API_KEY} environment variable).
     *
     * @param apiKey the API key (default: the {@code SEAM_API_KEY} environment variable)
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey == null ? null : Secret.of(apiKey);
      return this;
    }

    /**
     * The API key as a secret.
     *
     * @param apiKey the API key as a secret
     * @return this builder
     */
    public Builder apiKey(Secret apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    /**
     * The interval between polls of an action attempt (default 1 s).
     *
     * @param interval the interval between polls of an action attempt (default 1 s)
     * @return this builder
     */
    public Builder actionAttemptPollInterval(Duration interval) {
      this.pollInterval = Durations.requirePositive(interval, "actionAttemptPollInterval");
      return this;
    }

    /**
     * How long {@link ActionAttempts#waitUntilDone(String)} waits (default 10 s).
     *
     * @param timeout how long {@link ActionAttempts#waitUntilDone(String)} waits (default 10 s)
     * @return this builder
     */
    public Builder actionAttemptTimeout(Duration timeout) {
      this.actionAttemptTimeout = Durations.requirePositive(timeout, "actionAttemptTimeout");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws LatchkeyException (category {@code AUTHENTICATION}) when no API key is given or in the
     *     environment
     * @throws IllegalArgumentException when the base URL is not an http(s) URL
     */
    public SeamClient build() {
      Secret key = secretOrEnv(apiKey, API_KEY_ENV).orElseThrow(() -> noCredentials(SeamAccessCodeErrorCode.VENDOR,
          "Seam client configuration error: no API key. Pass one to SeamClient.builder().apiKey(...)"
              + " or set the " + API_KEY_ENV + " environment variable"));
      String url = baseUrl();
      HttpTransport transport = applyTransportSettings(HttpTransport.builder()
          .vendor(SeamAccessCodeErrorCode.VENDOR)
          .baseUrl(url)
          .authenticator(RequestAuthenticator.bearer(key))
          .secrets(key)
          .redactor(SeamRedaction.redactor())
          .errorDecoder(new SeamErrorDecoder()))
          .build();
      return new SeamClient(url, transport, key, pollInterval, actionAttemptTimeout, clock(), sleeper());
    }
  }
}
