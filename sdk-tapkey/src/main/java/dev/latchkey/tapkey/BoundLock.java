package dev.latchkey.tapkey;

import dev.latchkey.core.json.JsonValue;
import java.time.Instant;
import java.util.Optional;

/**
 * A lock bound to an owner account: {@code GET /Owners/{ownerAccountId}/BoundLocks}. Immutable; properties Tapkey adds later are ignored.
 */
public final class BoundLock {
  private final String id;
  private final String ownerAccountId;
  private final String physicalLockId;
  private final String title;
  private final String description;
  private final String lockTypeId;
  private final boolean active;
  private final Instant bindDate;

  private BoundLock(JsonValue json) {
    this.id = TapkeyHttp.SHAPE.requireString(json, "id", "a BoundLock");
    this.ownerAccountId = json.optString("ownerAccountId").orElse(null);
    this.physicalLockId = json.optString("physicalLockId").orElse(null);
    this.title = json.optString("title").orElse(null);
    this.description = json.optString("description").orElse(null);
    this.lockTypeId = json.optString("lockTypeId").orElse(null);
    this.active = json.optBoolean("active").orElse(false);
    this.bindDate = json.optInstant("bindDate").orElse(null);
  }

  /** Reads one from Tapkey's JSON; a missing id is a {@code LatchkeyResponseException}. */
  static BoundLock from(JsonValue json) {
    return new BoundLock(json);
  }

  /** {@return the bound lock id (case-sensitive)} */
  public String id() {
    return id;
  }

  /** {@return the owner account it is bound to, when given} */
  public Optional<String> ownerAccountId() {
    return Optional.ofNullable(ownerAccountId);
  }

  /** {@return the physical lock id, when given} */
  public Optional<String> physicalLockId() {
    return Optional.ofNullable(physicalLockId);
  }

  /** {@return its title, when given} */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** {@return its description, when given} */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /** {@return the lock type id, when given} */
  public Optional<String> lockTypeId() {
    return Optional.ofNullable(lockTypeId);
  }

  /** {@return whether the binding is active (false when not given)} */
  public boolean active() {
    return active;
  }

  /** {@return when it was bound, when given} */
  public Optional<Instant> bindDate() {
    return Optional.ofNullable(bindDate);
  }

  @Override
  public String toString() {
    return "BoundLock[id=" + id + ", title=" + title + ", active=" + active + "]";
  }
}
