package dev.latchkey.tapkey.internal;

import dev.latchkey.core.Secret;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A successful answer of the token endpoint. {@link #toString()} never shows the tokens.
 *
 * @param accessToken the access token
 * @param expiresInSeconds its lifetime in seconds, or null when the endpoint did not say
 * @param refreshToken the refresh token returned, or null when none
 */
public record TokenResponse(Secret accessToken, Long expiresInSeconds, Secret refreshToken) {

  /** {@return the lifetime in seconds, when given} */
  public OptionalLong expiresIn() {
    return expiresInSeconds == null ? OptionalLong.empty() : OptionalLong.of(expiresInSeconds);
  }

  /** {@return the refresh token returned, when any} */
  public Optional<Secret> refresh() {
    return Optional.ofNullable(refreshToken);
  }

  @Override
  public String toString() {
    return "TokenResponse[expiresIn=" + expiresInSeconds + ", refreshToken="
        + (refreshToken == null ? "none" : "given") + "]";
  }
}
