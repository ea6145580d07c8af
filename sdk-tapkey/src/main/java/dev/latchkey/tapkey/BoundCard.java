package dev.latchkey.tapkey;

import dev.latchkey.core.json.JsonValue;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An NFC card bound to an owner account: {@code GET /Owners/{ownerAccountId}/BoundCards}. Immutable; properties Tapkey adds later are ignored.
 */
public final class BoundCard {
  private final String id;
  private final String ownerAccountId;
  private final String physicalCardId;
  private final String title;
  private final String label;
  private final String uid;
  private final boolean active;
  private final Integer grantsCapacity;

  private BoundCard(JsonValue json) {
    this.id = TapkeyHttp.SHAPE.requireString(json, "id", "a BoundCard");
    this.ownerAccountId = json.optString("ownerAccountId").orElse(null);
    this.physicalCardId = json.optString("physicalCardId").orElse(null);
    this.title = json.optString("title").orElse(null);
    this.label = json.optString("label").orElse(null);
    this.uid = json.optString("uid").orElse(null);
    this.active = json.optBoolean("isActive").orElse(false);
    this.grantsCapacity = TapkeyHttp.optInt(json, "nofGrantsCapacity");
  }

  /** Reads one from Tapkey's JSON; a missing id is a {@code LatchkeyResponseException}. */
  static BoundCard from(JsonValue json) {
    return new BoundCard(json);
  }

  /** {@return the bound card id (case-sensitive)} */
  public String id() {
    return id;
  }

  /** {@return the owner account it is bound to, when given} */
  public Optional<String> ownerAccountId() {
    return Optional.ofNullable(ownerAccountId);
  }

  /** {@return the physical card id, when given} */
  public Optional<String> physicalCardId() {
    return Optional.ofNullable(physicalCardId);
  }

  /** {@return its title, when given} */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** {@return its label, when given} */
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  /** {@return the card's UID, when given} */
  public Optional<String> uid() {
    return Optional.ofNullable(uid);
  }

  /** {@return whether it is active (false when not given)} */
  public boolean active() {
    return active;
  }

  /** {@return how many grants the card can hold, when given} */
  public OptionalInt grantsCapacity() {
    return grantsCapacity == null ? OptionalInt.empty() : OptionalInt.of(grantsCapacity);
  }

  @Override
  public String toString() {
    return "BoundCard[id=" + id + ", title=" + title + ", active=" + active + "]";
  }
}
