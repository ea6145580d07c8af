package dev.latchkey.tapkey.internal;

import dev.latchkey.core.Secret;
import java.time.Instant;
import java.util.Objects;

/**
 * An access token with what the client knows about it. Its {@link #toString()} never shows the token, which
 * is a {@link Secret}.
 *
 * @param value the token
 * @param expiresAt when it expires, or null when unknown
 * @param obtainedAt when this client obtained it from the token endpoint, or null when the app gave it
 */
public record AccessToken(Secret value, Instant expiresAt, Instant obtainedAt) {

  /**
   * Checks the token.
   *
   * @param value the token
   * @param expiresAt when it expires, or null when unknown
   * @param obtainedAt when this client obtained it, or null when the app gave it
   */
  public AccessToken {
    Objects.requireNonNull(value, "value");
  }
}
