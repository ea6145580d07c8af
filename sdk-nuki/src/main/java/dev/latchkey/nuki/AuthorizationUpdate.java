package dev.latchkey.nuki;

import dev.latchkey.core.Secret;
import dev.latchkey.core.json.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A change to an authorization (schema {@code SmartlockAuthUpdate}): its name (required by Nuki), and any of
 * enabled, remote access and a new keypad code. The keypad code is a secret: it is removed from every error
 * message and never shown by {@link #toString()}. Immutable.
 */
public final class AuthorizationUpdate {

  private final String name;
  private final Boolean enabled;
  private final Boolean remoteAllowed;
  private final Secret keypadCode;

  private AuthorizationUpdate(Builder b) {
    this.name = b.name;
    this.enabled = b.enabled;
    this.remoteAllowed = b.remoteAllowed;
    this.keypadCode = b.keypadCode;
  }

  /**
   * A builder for an update that keeps or sets the name.
   *
   * @param name the authorization's name, 1..32 characters (Nuki requires it on every update)
   * @return the builder
   * @throws IllegalArgumentException when the name is blank or longer than 32 characters
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** {@return the new keypad code, when the update sets one} */
  public Optional<Secret> keypadCode() {
    return Optional.ofNullable(keypadCode);
  }

  JsonValue toJson() {
    JsonValue.ObjectBuilder body = JsonValue.object().put("name", name);
    if (enabled != null) {
      body.put("enabled", enabled);
    }
    if (remoteAllowed != null) {
      body.put("remoteAllowed", remoteAllowed);
    }
    if (keypadCode != null) {
      body.put("code", Long.parseLong(keypadCode.reveal()));
    }
    return body.build();
  }

  /** The name and flags; never the keypad code. */
  @Override
  public String toString() {
    return "AuthorizationUpdate{name=" + name + ", enabled=" + enabled + ", remoteAllowed=" + remoteAllowed
        + (keypadCode == null ? "" : ", code=<redacted>") + "}";
  }

  /** Builds an {@link AuthorizationUpdate}. Not thread-safe. */
  public static final class Builder {
    private final String name;
    private Boolean enabled;
    private Boolean remoteAllowed;
    private Secret keypadCode;

    private Builder(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank() || name.length() > 32) {
        throw new IllegalArgumentException("the name must be 1..32 characters, was " + name.length());
      }
      this.name = name;
    }

    /**
     * Enables or disables the authorization.
     *
     * @param enabled the flag
     * @return this builder
     */
    public Builder enabled(boolean enabled) {
      this.enabled = enabled;
      return this;
    }

    /**
     * Allows or forbids remote use.
     *
     * @param remoteAllowed the flag
     * @return this builder
     */
    public Builder remoteAllowed(boolean remoteAllowed) {
      this.remoteAllowed = remoteAllowed;
      return this;
    }

    /**
     * Sets a new keypad code (keypad authorizations only).
     *
     * @param code 6 digits 1-9, not starting with "12"
     * @return this builder
     * @throws IllegalArgumentException when the code is not valid (the message never shows it)
     */
    public Builder keypadCode(Secret code) {
      Objects.requireNonNull(code, "code");
      String digits = code.reveal();
      if (!digits.matches("[1-9]{6}") || digits.startsWith("12")) {
        throw new IllegalArgumentException("a keypad code must be 6 digits 1-9 and not start with 12");
      }
      this.keypadCode = code;
      return this;
    }

    /**
     * Builds the update.
     *
     * @return the update
     */
    public AuthorizationUpdate build() {
      return new AuthorizationUpdate(this);
    }
  }
}
