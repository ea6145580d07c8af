package dev.latchkey.tapkey.internal;

import dev.latchkey.core.Secret;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An access token with what the client knows about it. Immutable; {@link #toString()} never shows the token.
 */
public final class AccessToken {
  private final Secret value;
  private final Instant expiresAt;
  private final Instant obtainedAt;

  /**
   * Creates the token.
   *
   * @param value the token
   * @param expiresAt when it expires, or null when unknown
   * @param obtainedAt when this client obtained it from the token endpoint, or null when the app gave it
   */
  public AccessToken(Secret value, Instant expiresAt, Instant obtainedAt) {
    this.value = Objects.requireNonNull(value, "value");
    this.expiresAt = expiresAt;
    this.obtainedAt = obtainedAt;
  }

  /** {@return the token} */
  public Secret value() {
    return value;
  }

  /** {@return when it expires, when known} */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /** {@return when this client obtained it, empty for a token the app gave} */
  public Optional<Instant> obtainedAt() {
    return Optional.ofNullable(obtainedAt);
  }

  @Override
  public String toString() {
    return "AccessToken[expiresAt=" + expiresAt + ", obtainedAt=" + obtainedAt + "]";
  }
}
