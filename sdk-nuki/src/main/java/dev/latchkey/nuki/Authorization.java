package dev.latchkey.nuki;

import dev.latchkey.core.Secret;
import dev.latchkey.core.json.JsonValue;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * An authorization on a smartlock as Nuki lists it (schema {@code SmartlockAuth}). A keypad code's code is
 * held as a {@link Secret}; {@link #toString()} never shows it. Immutable; read from the Web API's answers.
 */
public final class Authorization {

  private final String id;
  private final long smartlockId;
  private final int rawType;
  private final String name;
  private final boolean enabled;
  private final boolean remoteAllowed;
  private final Long accountUserId;
  private final Secret keypadCode;

  private Authorization(String id, long smartlockId, int rawType, String name, boolean enabled,
      boolean remoteAllowed, Long accountUserId, Secret keypadCode) {
    this.id = id;
    this.smartlockId = smartlockId;
    this.rawType = rawType;
    this.name = name;
    this.enabled = enabled;
    this.remoteAllowed = remoteAllowed;
    this.accountUserId = accountUserId;
    this.keypadCode = keypadCode;
  }

  static Authorization fromJson(JsonValue json) {
    OptionalLong user = json.optLong("accountUserId");
    OptionalLong code = json.optLong("code");
    return new Authorization(
        NukiHttp.SHAPE.requireString(json, "id", "an authorization"),
        NukiHttp.SHAPE.requireLong(json, "smartlockId", "an authorization"),
        (int) json.optLong("type").orElse(-1),
        json.optString("name").orElse(""),
        json.optBoolean("enabled").orElse(false),
        json.optBoolean("remoteAllowed").orElse(false),
        user.isPresent() ? user.getAsLong() : null,
        code.isPresent() ? Secret.of(Long.toString(code.getAsLong())) : null);
  }

  /** {@return the authorization's unique id, used to update and delete it} */
  public String id() {
    return id;
  }

  /** {@return the smartlock it is on} */
  public long smartlockId() {
    return smartlockId;
  }

  /** {@return its type ({@link NukiAuthType#UNKNOWN_TO_SDK_VERSION} for one this SDK does not know)} */
  public NukiAuthType type() {
    return NukiAuthType.fromByte(rawType);
  }

  /** {@return its type as received; -1 when absent} */
  public int rawType() {
    return rawType;
  }

  /** {@return its name} */
  public String name() {
    return name;
  }

  /** {@return whether it is enabled} */
  public boolean enabled() {
    return enabled;
  }

  /** {@return whether it may be used remotely} */
  public boolean remoteAllowed() {
    return remoteAllowed;
  }

  /** {@return the linked account user, when there is one} */
  public Optional<Long> accountUserId() {
    return Optional.ofNullable(accountUserId);
  }

  /** {@return the keypad code of a keypad authorization, as a secret} */
  public Optional<Secret> keypadCode() {
    return Optional.ofNullable(keypadCode);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Authorization)) {
      return false;
    }
    Authorization other = (Authorization) o;
    return id.equals(other.id) && smartlockId == other.smartlockId && rawType == other.rawType
        && name.equals(other.name) && enabled == other.enabled && remoteAllowed == other.remoteAllowed
        && Objects.equals(accountUserId, other.accountUserId) && Objects.equals(keypadCode, other.keypadCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, smartlockId, rawType, name, enabled, remoteAllowed, accountUserId);
  }

  /** The id, smartlock, type and name; never the keypad code. */
  @Override
  public String toString() {
    return "Authorization{id=" + id + ", smartlockId=" + smartlockId + ", type=" + type() + ", name=" + name
        + (keypadCode == null ? "" : ", code=<redacted>") + "}";
  }
}
