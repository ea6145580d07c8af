package dev.latchkey.tapkey;

import dev.latchkey.core.json.JsonValue;
import java.time.Instant;
import java.util.Optional;

/**
 * A grant: access for a contact or a card to a bound lock, in a time window: {@code GET /Owners/{ownerAccountId}/Grants}. Immutable; properties Tapkey adds later are ignored.
 */
public final class Grant {
  private final String id;
  private final String boundLockId;
  private final String contactId;
  private final String boundCardId;
  private final Instant validFrom;
  private final Instant validBefore;
  private final String timeRestrictionIcal;
  private final String state;
  private final boolean active;

  private Grant(JsonValue json) {
    this.id = TapkeyHttp.SHAPE.requireString(json, "id", "a Grant");
    this.boundLockId = json.optString("boundLockId").orElse(null);
    this.contactId = json.optString("contactId").orElse(null);
    this.boundCardId = json.optString("boundCardId").orElse(null);
    this.validFrom = json.optInstant("validFrom").orElse(null);
    this.validBefore = json.optInstant("validBefore").orElse(null);
    this.timeRestrictionIcal = json.optString("timeRestrictionIcal").orElse(null);
    this.state = json.optString("state").orElse(null);
    this.active = json.optBoolean("active").orElse(false);
  }

  /** Reads one from Tapkey's JSON; a missing id is a {@code LatchkeyResponseException}. */
  static Grant from(JsonValue json) {
    return new Grant(json);
  }

  /** {@return the grant id (case-sensitive)} */
  public String id() {
    return id;
  }

  /** {@return the bound lock, when given} */
  public Optional<String> boundLockId() {
    return Optional.ofNullable(boundLockId);
  }

  /** {@return the contact, for a grant to a person, when given} */
  public Optional<String> contactId() {
    return Optional.ofNullable(contactId);
  }

  /** {@return the bound card, for a grant to a card, when given} */
  public Optional<String> boundCardId() {
    return Optional.ofNullable(boundCardId);
  }

  /** {@return when the grant starts, when given} */
  public Optional<Instant> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  /** {@return when it ends, when given} */
  public Optional<Instant> validBefore() {
    return Optional.ofNullable(validBefore);
  }

  /** {@return its time restriction, an iCalendar (RFC 5545) text, when given} */
  public Optional<String> timeRestrictionIcal() {
    return Optional.ofNullable(timeRestrictionIcal);
  }

  /** {@return its state as Tapkey reports it ({@code Ok}, {@code Revoked}, {@code Expired}, ...), when given} */
  public Optional<String> state() {
    return Optional.ofNullable(state);
  }

  /** {@return whether it is active (false when not given)} */
  public boolean active() {
    return active;
  }

  @Override
  public String toString() {
    return "Grant[id=" + id + ", state=" + state + ", active=" + active + "]";
  }
}
