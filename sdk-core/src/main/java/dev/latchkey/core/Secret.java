package dev.latchkey.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A secret value — API key, bearer or refresh token, client secret, webhook secret, access-code PIN — that
 * never shows itself by accident.
 *
 * <p>{@link #toString()} prints {@code Secret[redacted]}; the value is only available through the explicit
 * {@link #reveal()}. The transport also scrubs the values of the secrets it is given from error bodies and
 * exception messages. Immutable and thread-safe.
 */
public final class Secret {

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @param value the secret; not null
   * @return the wrapped secret
   */
  public static Secret of(CharSequence value) {
    Objects.requireNonNull(value, "value");
    return new Secret(value.toString());
  }

  /**
   * The secret value itself. Call it only where the value must go on the wire or into a cryptographic
   * function, never to log or display it.
   *
   * @return the plain value
   */
  public String reveal() {
    return value;
  }

  /**
   * The secret as UTF-8 bytes, for example as an HMAC key.
   *
   * @return a fresh array the caller may clear after use
   */
  public byte[] revealBytes() {
    return value.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Whether the secret is empty or only whitespace (usually a configuration mistake).
   *
   * @return true when there is no usable value
   */
  public boolean isBlank() {
    return value.isBlank();
  }

  /** Compares the values in constant time, so that equality checks leak no timing information. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Secret
        && MessageDigest.isEqual(revealBytes(), ((Secret) other).revealBytes());
  }

  /** A constant: hashing the value would make it guessable from hash tables. */
  @Override
  public int hashCode() {
    return 0x5ec7e7;
  }

  /** Always {@code Secret[redacted]}. */
  @Override
  public String toString() {
    return "Secret[redacted]";
  }
}
