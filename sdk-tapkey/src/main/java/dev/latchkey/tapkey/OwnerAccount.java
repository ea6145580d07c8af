package dev.latchkey.tapkey;

import dev.latchkey.core.json.JsonValue;
import java.util.Optional;

/**
 * An owner account (a Tapkey organisation owning locks): {@code GET /Owners}. Immutable; properties Tapkey adds later are ignored.
 */
public final class OwnerAccount {
  private final String id;
  private final String name;
  private final boolean active;

  private OwnerAccount(JsonValue json) {
    this.id = TapkeyHttp.SHAPE.requireString(json, "id", "a OwnerAccount");
    this.name = json.optString("name").orElse(null);
    this.active = json.optBoolean("active").orElse(false);
  }

  /** Reads one from Tapkey's JSON; a missing id is a {@code LatchkeyResponseException}. */
  static OwnerAccount from(JsonValue json) {
    return new OwnerAccount(json);
  }

  /** {@return the owner account id (case-sensitive)} */
  public String id() {
    return id;
  }

  /** {@return its name, when given} */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** {@return whether it is active (false when not given)} */
  public boolean active() {
    return active;
  }

  @Override
  public String toString() {
    return "OwnerAccount[id=" + id + ", name=" + name + ", active=" + active + "]";
  }
}
