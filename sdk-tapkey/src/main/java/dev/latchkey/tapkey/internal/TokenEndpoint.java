package dev.latchkey.tapkey.internal;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.RequestOptions;
import dev.latchkey.core.Secret;
import dev.latchkey.core.http.ApiRequest;
import dev.latchkey.core.http.HttpTransport;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.tapkey.TapkeyErrorCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The client of Tapkey's OAuth 2.0 token endpoint: form-urlencoded POSTs through a transport of its own, whose
 * base URL is the endpoint, with the {@link OAuthErrorDecoder}. A token request is never retried (it is a
 * write: a refresh may rotate the refresh token). Thread-safe.
 */
public final class TokenEndpoint {

  /** Ten years: a longer {@code expires_in} is treated as unknown. */
  private static final long MAX_EXPIRES_IN = 10L * 365 * 24 * 3600;

  private final HttpTransport transport;
  private final String clientId;
  private final Secret clientSecret;
  private final List<String> scopes;

  /**
   * Creates the endpoint client.
   *
   * @param transport the transport whose base URL is the token endpoint
   * @param clientId the OAuth client id, or null
   * @param clientSecret the client secret, or null for a public client
   * @param scopes the scopes to request with client credentials (none: the client's defaults)
   */
  public TokenEndpoint(HttpTransport transport, String clientId, Secret clientSecret, List<String> scopes) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.clientId = clientId;
    this.clientSecret = clientSecret;
    this.scopes = List.copyOf(scopes);
  }

  /** {@return whether a client secret is known, so that client credentials can be used} */
  public boolean hasClientCredentials() {
    return clientId != null && clientSecret != null;
  }

  /**
   * Requests a token with the client credentials grant.
   *
   * @param timeout the deadline of the token request
   * @return the token
   * @throws dev.latchkey.tapkey.TapkeyTokenException when the endpoint refuses
   * @throws dev.latchkey.core.LatchkeyException on any other failure
   */
  public TokenResponse clientCredentials(Duration timeout) {
    ApiRequest.Builder request = form("client_credentials", timeout);
    if (!scopes.isEmpty()) {
      request.formField("scope", String.join(" ", scopes));
    }
    return send(request.build());
  }

  /**
   * Requests a token with the refresh token grant.
   *
   * @param refreshToken the refresh token
   * @param timeout the deadline of the token request
   * @return the token
   * @throws dev.latchkey.tapkey.TapkeyTokenException when the endpoint refuses
   * @throws dev.latchkey.core.LatchkeyException on any other failure
   */
  public TokenResponse refresh(Secret refreshToken, Duration timeout) {
    return send(form("refresh_token", timeout).formField("refresh_token", refreshToken).build());
  }

  private ApiRequest.Builder form(String grantType, Duration timeout) {
    ApiRequest.Builder request = ApiRequest.post("").retrySafe(false).formField("grant_type", grantType)
        .options(RequestOptions.builder().deadline(timeout).build());
    if (clientId != null) {
      request.formField("client_id", clientId);
    }
    if (clientSecret != null) {
      request.formField("client_secret", clientSecret);
    }
    return request;
  }

  private TokenResponse send(ApiRequest request) {
    JsonValue body = transport.sendJson(request);
    JsonValue access = body.path("access_token");
    if (!access.isString() || access.stringValue().isBlank()) {
      throw new LatchkeyResponseException(dev.latchkey.core.LatchkeyException.Details.builder()
          .vendor(TapkeyErrorCode.VENDOR)
          .message("the token endpoint answered without an access_token")
          .category(ErrorCategory.UNEXPECTED_RESPONSE)
          .retryable(false)
          .build(), LatchkeyResponseException.Problem.WRONG_SHAPE);
    }
    JsonValue refresh = body.path("refresh_token");
    Secret refreshToken = refresh.isString() && !refresh.stringValue().isBlank()
        ? Secret.of(refresh.stringValue()) : null;
    return new TokenResponse(Secret.of(access.stringValue()), expiresIn(body.path("expires_in")), refreshToken);
  }

  private static Long expiresIn(JsonValue value) {
    BigDecimal seconds = null;
    if (value.isNumber()) {
      seconds = value.numberValue();
    } else if (value.isString() && value.stringValue().matches("[0-9]{1,12}")) {
      seconds = new BigDecimal(value.stringValue());
    }
    if (seconds == null || seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(MAX_EXPIRES_IN)) > 0) {
      return null;
    }
    return seconds.longValue();
  }
}
