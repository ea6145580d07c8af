package dev.latchkey.nuki;

import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.Secret;
import dev.latchkey.core.http.ClientBuilder;
import dev.latchkey.core.http.HttpTransport;
import dev.latchkey.core.http.RequestAuthenticator;
import dev.latchkey.core.http.Urls;
import dev.latchkey.nuki.internal.NukiErrorDecoder;
import dev.latchkey.nuki.operation.InMemoryPendingOperationStore;
import dev.latchkey.nuki.operation.OperationDispatcher;
import java.util.Objects;

/**
 * A client of the Nuki Web API ({@value #DEFAULT_BASE_URL}): smartlocks, actions, authorizations, decentral
 * webhooks and webhook logs.
 *
 * <pre>{@code
 * NukiClient nuki = NukiClient.builder().build();             // the token from NUKI_API_TOKEN
 * PendingOperation unlock = nuki.actions().unlockAdvanced(smartlockId);
 * unlock.join();                                               // done, or NukiOperationFailedException
 * }</pre>
 *
 * <p>Nuki runs writes asynchronously: a plain write answers {@code 204 No Content} once Nuki has
 * <em>accepted</em> it, before the lock has done anything. Each call that has an "advanced" variant offers it
 * here ({@code ...Advanced}): it returns a {@link dev.latchkey.nuki.operation.PendingOperation} that completes
 * when the result arrives by webhook (hand the webhooks to a
 * {@link dev.latchkey.nuki.webhook.NukiWebhookHandler} over this client's {@link #dispatcher()}) or is
 * settled from the webhook log by a {@link dev.latchkey.nuki.operation.Reconciler}.
 *
 * <p>Errors arrive as {@link NukiException} with the typed {@link NukiHttpStatus} and the catalog's remedies;
 * network failures and unreadable answers as sdk-core's Latchkey exceptions. Reads are retried by the
 * {@link dev.latchkey.core.RetryPolicy}; writes are sent exactly once, never retried, even after a 5xx or a
 * dropped connection: a door must not get the same command twice.
 *
 * <p>Immutable and thread-safe: build one per API token and share it.
 */
public final class NukiClient {

  /** The production base URL, used unless the builder says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://api.nuki.io";
  /** The environment variable read for the API token when the builder has none. */
  public static final String API_TOKEN_ENV = "NUKI_API_TOKEN";

  private final String baseUrl;
  private final OperationDispatcher dispatcher;
  private final Smartlocks smartlocks;
  private final Actions actions;
  private final Authorizations authorizations;
  private final DecentralWebhooks webhooks;
  private final WebhookLogs webhookLogs;

  private NukiClient(String baseUrl, HttpTransport transport, OperationDispatcher dispatcher) {
    this.baseUrl = baseUrl;
    this.dispatcher = dispatcher;
    NukiHttp http = new NukiHttp(transport, dispatcher);
    this.smartlocks = new Smartlocks(http);
    this.actions = new Actions(http);
    this.authorizations = new Authorizations(http);
    this.webhooks = new DecentralWebhooks(http);
    this.webhookLogs = new WebhookLogs(http);
  }

  /**
   * A builder; see its methods for the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the smartlocks of the account} */
  public Smartlocks smartlocks() {
    return smartlocks;
  }

  /** {@return the actions on smartlocks and openers (lock, unlock, open...)} */
  public Actions actions() {
    return actions;
  }

  /** {@return the authorizations on smartlocks, keypad codes included} */
  public Authorizations authorizations() {
    return authorizations;
  }

  /** {@return the decentral webhooks registered for the API key} */
  public DecentralWebhooks webhooks() {
    return webhooks;
  }

  /** {@return the log of the webhook deliveries Nuki made} */
  public WebhookLogs webhookLogs() {
    return webhookLogs;
  }

  /**
   * The dispatcher that tracks this client's advanced calls; give it to the webhook handler so that webhooks
   * complete them.
   *
   * @return the dispatcher
   */
  public OperationDispatcher dispatcher() {
    return dispatcher;
  }

  /** {@return the base URL this client talks to} */
  public String baseUrl() {
    return baseUrl;
  }

  /** {@return the base URL {@linkplain Urls#withoutCredentials without credentials}; never the token} */
  @Override
  public String toString() {
    return "NukiClient[" + Urls.withoutCredentials(baseUrl) + "]";
  }

  /**
   * Builds a {@link NukiClient}. The base URL (default {@value NukiClient#DEFAULT_BASE_URL}) and the transport
   * settings (OkHttp client, retry policy of reads, timeouts, clock, sleeper) are {@link ClientBuilder}'s. Not
   * thread-safe.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private Secret apiToken;
    private OperationDispatcher dispatcher;

    private Builder() {
      super(DEFAULT_BASE_URL);
    }

    /**
     * The API token (default: the {@code NUKI_API_TOKEN} environment variable). Nuki's API tokens never
     * expire but are destroyed when the account's password changes (then calls answer 401).
     *
     * @param apiToken the token, or null for the environment's
     * @return this builder
     */
    public Builder apiToken(String apiToken) {
      this.apiToken = apiToken == null ? null : Secret.of(apiToken);
      return this;
    }

    /**
     * The API token as a secret.
     *
     * @param apiToken the token, or null for the environment's
     * @return this builder
     */
    public Builder apiToken(Secret apiToken) {
      this.apiToken = apiToken;
      return this;
    }

    /**
     * The dispatcher that tracks the advanced calls, to share with the webhook endpoint (default: a new one
     * over an {@link InMemoryPendingOperationStore} with its defaults, available from
     * {@link NukiClient#dispatcher()}).
     *
     * @param dispatcher the dispatcher
     * @return this builder
     */
    public Builder dispatcher(OperationDispatcher dispatcher) {
      this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws LatchkeyException (category {@code AUTHENTICATION}) when no API token is given or in the
     *     environment
     * @throws IllegalArgumentException when the base URL is not an http(s) URL
     */
    public NukiClient build() {
      Secret token = secretOrEnv(apiToken, API_TOKEN_ENV).orElseThrow(() -> noCredentials(NukiErrorCode.VENDOR,
          "No Nuki API token configured: pass one to NukiClient.builder().apiToken(...) or set " + API_TOKEN_ENV));
      String url = baseUrl();
      HttpTransport transport = applyTransportSettings(HttpTransport.builder()
          .vendor(NukiErrorCode.VENDOR)
          .baseUrl(url)
          .authenticator(RequestAuthenticator.bearer(token))
          .secrets(token)
          .errorDecoder(new NukiErrorDecoder()))
          .build();
      OperationDispatcher d = dispatcher != null ? dispatcher
          : OperationDispatcher.create(InMemoryPendingOperationStore.create());
      return new NukiClient(url, transport, d);
    }
  }
}
