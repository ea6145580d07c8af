package dev.latchkey.tapkey.internal;

import dev.latchkey.core.Secret;
import dev.latchkey.core.http.ApiRequest;
import dev.latchkey.core.http.RequestAuthenticator;
import dev.latchkey.tapkey.TapkeyTokenExpiredException;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends {@code Authorization: Bearer <token>} with the {@link TapkeyTokens}' current token, and re-authenticates
 * after a 401 that the {@link TapkeyErrorDecoder} typed as an expired token: the token is refreshed (once for
 * all threads it failed on) and the transport sends the request once more. An invalid token or a missing scope
 * is not refreshed: the call fails at once. Remembers per thread which token the latest attempt carried: the
 * error decoder runs on the same thread right after the response, and classifies a 401 by what the client knows
 * about that token. Thread-safe.
 */
public final class TapkeyAuthenticator implements RequestAuthenticator {

  private static final String BEARER = "Bearer ";

  private final TapkeyTokens tokens;
  private final ThreadLocal<AccessToken> sent = new ThreadLocal<>();

  /**
   * Creates the authenticator.
   *
   * @param tokens where tokens come from
   */
  public TapkeyAuthenticator(TapkeyTokens tokens) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
  }

  @Override
  public void authenticate(ApiRequest request, AuthHeaders headers) {
    AccessToken token = tokens.current(headers.remaining());
    sent.set(token);
    headers.set("Authorization", Secret.of(BEARER + token.value().reveal()));
    headers.sensitive(token.value());
  }

  @Override
  public boolean onUnauthorized(Unauthorized unauthorized) {
    // The decoder has classified the 401; only an expired token that can be renewed is worth a retry.
    if (!(unauthorized.decoded() instanceof TapkeyTokenExpiredException) || !tokens.canObtain()) {
      return false;
    }
    Optional<Secret> header = unauthorized.sentHeader("Authorization");
    if (header.isEmpty() || !header.get().reveal().startsWith(BEARER)) {
      return false;
    }
    tokens.refresh(Secret.of(header.get().reveal().substring(BEARER.length())), unauthorized.remaining());
    return true;
  }

  /** {@return the token this thread's latest attempt carried, when any} */
  public Optional<AccessToken> lastSent() {
    return Optional.ofNullable(sent.get());
  }

  /** {@return the tokens} */
  public TapkeyTokens tokens() {
    return tokens;
  }
}
