package dev.latchkey.tapkey;

import dev.latchkey.core.Durations;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.Secret;
import dev.latchkey.core.http.ClientBuilder;
import dev.latchkey.core.http.HttpTransport;
import dev.latchkey.core.http.Urls;
import dev.latchkey.tapkey.internal.AccessToken;
import dev.latchkey.tapkey.internal.OAuthErrorDecoder;
import dev.latchkey.tapkey.internal.TapkeyAuthenticator;
import dev.latchkey.tapkey.internal.TapkeyErrorDecoder;
import dev.latchkey.tapkey.internal.TapkeyRedaction;
import dev.latchkey.tapkey.internal.TapkeyTokens;
import dev.latchkey.tapkey.internal.TokenEndpoint;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A client of the Tapkey Management API: owner accounts, bound locks, contacts, grants and bound cards.
 *
 * <pre>{@code
 * TapkeyClient tapkey = TapkeyClient.builder()            // TAPKEY_CLIENT_ID / TAPKEY_CLIENT_SECRET
 *     .scopes("read:owneraccounts", "read:core:entities", "read:grants", "write:grants")
 *     .acceptLanguage("de")
 *     .build();
 * String owner = tapkey.ownerAccounts().list().get(0).id();
 * tapkey.grants().stream(owner, ODataQuery.builder().filter("active eq true").build()).forEach(...);
 * }</pre>
 *
 * <p>Authentication is OAuth 2.0: client credentials, or the access and refresh tokens of an
 * authorization-code flow the app ran itself. The access token is cached and replaced shortly before it
 * expires; a refresh token the token endpoint returns replaces the old one and is handed to the
 * {@link RefreshTokenListener}. A 401 is handled by its cause: an expired token is refreshed (one token
 * request however many threads hit it) and the request sent once more; an invalid token
 * ({@link TapkeyInvalidTokenException}) and a missing scope ({@link TapkeyMissingScopeException}, naming the
 * scope) fail at once; a token still rejected as expired after the refresh is a
 * {@link TapkeyTokenExpiredException}. Token endpoint refusals are {@link TapkeyTokenException}s, a refresh token
 * Tapkey no longer accepts a {@link TapkeyReauthenticationRequiredException}.
 *
 * <p>Every resource method has an overload taking {@link dev.latchkey.core.RequestOptions} for that call alone:
 * headers (an {@code Accept-Language} there wins over {@link Builder#acceptLanguage(String)}), a deadline, a
 * retry policy.
 *
 * <p>Errors are {@link TapkeyException}s with the typed status and {@code ErrorCode}; network failures and
 * unreadable responses sdk-core's Latchkey exceptions. Reads are retried per the retry policy; writes (and
 * token requests) never. Client secrets and tokens never appear in messages, {@code toString()} or logs.
 *
 * <p>Immutable and thread-safe: build one per set of credentials and share it.
 */
public final class TapkeyClient {

  /** The Management API's base URL, used unless the builder says otherwise. */
  public static final String DEFAULT_BASE_URL = "https://my.tapkey.com/api/v1";
  /** Tapkey's OAuth 2.0 token endpoint, used unless the builder says otherwise. */
  public static final String DEFAULT_TOKEN_ENDPOINT = "https://login.tapkey.com/connect/token";
  /** The environment variable read for the client id when the builder has none. */
  public static final String CLIENT_ID_ENV = "TAPKEY_CLIENT_ID";
  /** The environment variable read for the client secret when the builder has none. */
  public static final String CLIENT_SECRET_ENV = "TAPKEY_CLIENT_SECRET";
  /** How long before its expiry a token is replaced, unless set (at most half the token's lifetime). */
  public static final Duration DEFAULT_REFRESH_AHEAD = Duration.ofSeconds(60);

  private final String baseUrl;
  private final OwnerAccounts ownerAccounts;
  private final BoundLocks boundLocks;
  private final Contacts contacts;
  private final Grants grants;
  private final BoundCards boundCards;

  private TapkeyClient(String baseUrl, TapkeyHttp http) {
    this.baseUrl = baseUrl;
    this.ownerAccounts = new OwnerAccounts(http);
    this.boundLocks = new BoundLocks(http);
    this.contacts = new Contacts(http);
    this.grants = new Grants(http);
    this.boundCards = new BoundCards(http);
  }

  /** {@return a builder; see its methods for the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return owner accounts} */
  public OwnerAccounts ownerAccounts() {
    return ownerAccounts;
  }

  /** {@return bound locks} */
  public BoundLocks boundLocks() {
    return boundLocks;
  }

  /** {@return contacts} */
  public Contacts contacts() {
    return contacts;
  }

  /** {@return grants} */
  public Grants grants() {
    return grants;
  }

  /** {@return bound cards} */
  public BoundCards boundCards() {
    return boundCards;
  }

  /** {@return the API base URL this client talks to} */
  public String baseUrl() {
    return baseUrl;
  }

  /** {@return the base URL {@linkplain Urls#withoutCredentials without credentials}; never a credential} */
  @Override
  public String toString() {
    return "TapkeyClient[" + Urls.withoutCredentials(baseUrl) + "]";
  }

  /**
   * Builds a {@link TapkeyClient}. The Management API's base URL (default {@value TapkeyClient#DEFAULT_BASE_URL})
   * and the transport settings (OkHttp client, retry policy, timeouts, clock, sleeper) are
   * {@link ClientBuilder}'s, the settings apply to the token endpoint too; the clock also decides token
   * expiry. Give client credentials (or let them come from the environment), or the tokens of an
   * authorization-code flow ({@link #accessToken(String, Instant)}, {@link #refreshToken(String)}). Not
   * thread-safe.
   */
  public static final class Builder extends ClientBuilder<Builder> {
    private String tokenEndpoint = DEFAULT_TOKEN_ENDPOINT;
    private String clientId;
    private Secret clientSecret;
    private final List<String> scopes = new ArrayList<>();
    private Secret accessToken;
    private Instant accessTokenExpiresAt;
    private Secret refreshToken;
    private RefreshTokenListener listener;
    private String acceptLanguage;
    private Duration refreshAhead = DEFAULT_REFRESH_AHEAD;

    private Builder() {
      super(DEFAULT_BASE_URL);
    }

    /**
     * The OAuth token endpoint (default {@value TapkeyClient#DEFAULT_TOKEN_ENDPOINT}).
     *
     * @param tokenEndpoint an http(s) URL
     * @return this builder
     */
    public Builder tokenEndpoint(String tokenEndpoint) {
      this.tokenEndpoint = Objects.requireNonNull(tokenEndpoint, "tokenEndpoint");
      return this;
    }

    /**
     * The OAuth client's id and secret, for the client credentials grant (default: the environment
     * variables {@value TapkeyClient#CLIENT_ID_ENV} and {@value TapkeyClient#CLIENT_SECRET_ENV}).
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     * @return this builder
     */
    public Builder clientCredentials(String clientId, Secret clientSecret) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * The OAuth client's id and secret, for the client credentials grant.
     *
     * @param clientId the client id
     * @param clientSecret the client secret
     * @return this builder
     */
    public Builder clientCredentials(String clientId, String clientSecret) {
      return clientCredentials(clientId, Secret.of(Objects.requireNonNull(clientSecret, "clientSecret")));
    }

    /**
     * The OAuth client's id alone, for refreshing the tokens of a public client (default:
     * {@value TapkeyClient#CLIENT_ID_ENV}).
     *
     * @param clientId the client id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * The scopes requested with client credentials, such as {@code read:grants} (default: none sent, the
     * OAuth client's defaults).
     *
     * @param scopes the scopes
     * @return this builder
     */
    public Builder scopes(String... scopes) {
      this.scopes.clear();
      for (String scope : scopes) {
        this.scopes.add(Objects.requireNonNull(scope, "scope"));
      }
      return this;
    }

    /**
     * An access token the app obtained (authorization-code flow), used until it expires.
     *
     * @param accessToken the access token
     * @param expiresAt when it expires, or null when unknown (then it is used until Tapkey rejects it)
     * @return this builder
     */
    public Builder accessToken(String accessToken, Instant expiresAt) {
      this.accessToken = Secret.of(Objects.requireNonNull(accessToken, "accessToken"));
      this.accessTokenExpiresAt = expiresAt;
      return this;
    }

    /**
     * The refresh token the app obtained (with scope {@code offline_access}); new access tokens are obtained
     * with it, and a refresh token the endpoint returns replaces it (see
     * {@link #refreshTokenListener(RefreshTokenListener)}).
     *
     * @param refreshToken the refresh token
     * @return this builder
     */
    public Builder refreshToken(Secret refreshToken) {
      this.refreshToken = Objects.requireNonNull(refreshToken, "refreshToken");
      return this;
    }

    /**
     * The refresh token the app obtained.
     *
     * @param refreshToken the refresh token
     * @return this builder
     */
    public Builder refreshToken(String refreshToken) {
      return refreshToken(Secret.of(Objects.requireNonNull(refreshToken, "refreshToken")));
    }

    /**
     * Told of every refresh token the endpoint returns, so that the app can persist it.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder refreshTokenListener(RefreshTokenListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * The {@code Accept-Language} of every API request, which localizes
     * {@link TapkeyException#userErrorMessage()} (such as {@code de} or {@code de-AT, en;q=0.5}); none by
     * default (English).
     *
     * @param acceptLanguage the header value, or null for none
     * @return this builder
     */
    public Builder acceptLanguage(String acceptLanguage) {
      this.acceptLanguage = acceptLanguage == null || acceptLanguage.isBlank() ? null : acceptLanguage.strip();
      return this;
    }

    /**
     * How long before its expiry a token is replaced (default 60 s; at most half the token's lifetime).
     *
     * @param refreshAhead the margin, zero or more
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder refreshAhead(Duration refreshAhead) {
      this.refreshAhead = Durations.requireNonNegative(refreshAhead, "refreshAhead");
      return this;
    }

    /**
     * Builds the client. No request is made: the first token is obtained by the first call.
     *
     * @return the client
     * @throws LatchkeyException (category {@code AUTHENTICATION}) when neither tokens nor client credentials
     *     are given or in the environment
     * @throws IllegalArgumentException when a URL is not http(s)
     */
    public TapkeyClient build() {
      String id = clientId != null ? clientId : env(CLIENT_ID_ENV).orElse(null);
      Secret secret = secretOrEnv(clientSecret, CLIENT_SECRET_ENV).orElse(null);
      boolean userTokens = accessToken != null || refreshToken != null;
      if (!userTokens && (id == null || secret == null)) {
        throw noCredentials(TapkeyErrorCode.VENDOR, "Tapkey client configuration error: no credentials. Pass"
            + " clientCredentials(...) or accessToken/refreshToken to TapkeyClient.builder(), or set " + CLIENT_ID_ENV
            + " and " + CLIENT_SECRET_ENV);
      }
      String url = baseUrl();
      List<Secret> known = new ArrayList<>();
      for (Secret s : new Secret[] {secret, accessToken, refreshToken}) {
        if (s != null) {
          known.add(s);
        }
      }
      Secret[] secrets = known.toArray(new Secret[0]);
      HttpTransport tokenTransport = applyTransportSettings(HttpTransport.builder()
          .vendor(TapkeyErrorCode.VENDOR)
          .baseUrl(requireHttpUrl(tokenEndpoint))
          .secrets(secrets)
          .redactor(TapkeyRedaction.redactor())
          .errorDecoder(new OAuthErrorDecoder()))
          .build();
      TokenEndpoint endpoint = new TokenEndpoint(tokenTransport, id, secret, scopes);
      AccessToken initial = accessToken == null ? null : new AccessToken(accessToken, accessTokenExpiresAt, null);
      TapkeyTokens tokens = new TapkeyTokens(endpoint, initial, refreshToken, clock(), refreshAhead, listener);
      TapkeyAuthenticator authenticator = new TapkeyAuthenticator(tokens);
      HttpTransport transport = applyTransportSettings(HttpTransport.builder()
          .vendor(TapkeyErrorCode.VENDOR)
          .baseUrl(url)
          .authenticator(authenticator)
          .secrets(secrets)
          .redactor(TapkeyRedaction.redactor())
          .errorDecoder(new TapkeyErrorDecoder(authenticator)))
          .build();
      return new TapkeyClient(url, new TapkeyHttp(transport, acceptLanguage));
    }
  }
}
