package dev.latchkey.tapkey.internal;

import dev.latchkey.core.Secret;
import dev.latchkey.core.http.ApiRequest;
import dev.latchkey.core.http.RequestAuthenticator;
import java.util.Objects;
import java.util.Optional;

/**
 * Sends {@code Authorization: Bearer <token>} with the {@link TapkeyTokens}' current token, and remembers per
 * thread which token the latest attempt carried: the error decoder runs on the same thread right after the
 * response, and classifies a 401 by what the client knows about that token. Thread-safe.
 */
public final class TapkeyAuthenticator implements RequestAuthenticator {

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
    AccessToken token = tokens.current();
    sent.set(token);
    headers.set("Authorization", Secret.of("Bearer " + token.value().reveal()));
    headers.sensitive(token.value());
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
