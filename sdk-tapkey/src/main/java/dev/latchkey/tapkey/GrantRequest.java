package dev.latchkey.tapkey;

import dev.latchkey.core.json.JsonValue;
import java.time.Instant;
import java.util.Objects;

/**
 * A grant to create: access to a bound lock for a contact (by id or by identifier) or a bound card, from
 * {@code validFrom} until {@code validBefore}, optionally restricted by an iCalendar. Immutable; built with
 * {@link #builder(String)}.
 */
public final class GrantRequest {
  private final String boundLockId;
  private final String contactId;
  private final String contactIdentifier;
  private final String boundCardId;
  private final Instant validFrom;
  private final Instant validBefore;
  private final String timeRestrictionIcal;

  private GrantRequest(Builder b) {
    this.boundLockId = b.boundLockId;
    this.contactId = b.contactId;
    this.contactIdentifier = b.contactIdentifier;
    this.boundCardId = b.boundCardId;
    this.validFrom = b.validFrom;
    this.validBefore = b.validBefore;
    this.timeRestrictionIcal = b.timeRestrictionIcal;
  }

  /**
   * A builder.
   *
   * @param boundLockId the bound lock the grant opens
   * @return the builder
   */
  public static Builder builder(String boundLockId) {
    return new Builder(boundLockId);
  }

  JsonValue toJson() {
    JsonValue.ObjectBuilder json = JsonValue.object().put("boundLockId", boundLockId);
    if (contactId != null) {
      json.put("contactId", contactId);
    } else if (contactIdentifier != null) {
      json.put("contact", JsonValue.object().put("ipId", ContactRequest.TAPKEY_IDENTITY_PROVIDER)
          .put("identifier", contactIdentifier));
    } else {
      json.put("boundCardId", boundCardId);
    }
    json.put("validFrom", validFrom.toString());
    if (validBefore != null) {
      json.put("validBefore", validBefore.toString());
    }
    if (timeRestrictionIcal != null) {
      json.put("timeRestrictionIcal", timeRestrictionIcal);
    }
    return json.build();
  }

  @Override
  public String toString() {
    return "GrantRequest[boundLockId=" + boundLockId + ", validFrom=" + validFrom + ", validBefore="
        + validBefore + "]";
  }

  /** Builds a {@link GrantRequest}. Not thread-safe. */
  public static final class Builder {
    private final String boundLockId;
    private String contactId;
    private String contactIdentifier;
    private String boundCardId;
    private Instant validFrom;
    private Instant validBefore;
    private String timeRestrictionIcal;

    private Builder(String boundLockId) {
      this.boundLockId = Objects.requireNonNull(boundLockId, "boundLockId");
    }

    /**
     * Grants to an existing contact.
     *
     * @param contactId the contact id
     * @return this builder
     */
    public Builder contactId(String contactId) {
      this.contactId = contactId;
      return this;
    }

    /**
     * Grants to the Tapkey user with this identifier (email address); Tapkey creates the contact if needed.
     *
     * @param identifier the identifier
     * @return this builder
     */
    public Builder contactIdentifier(String identifier) {
      this.contactIdentifier = identifier;
      return this;
    }

    /**
     * Grants to a bound card.
     *
     * @param boundCardId the bound card id
     * @return this builder
     */
    public Builder boundCardId(String boundCardId) {
      this.boundCardId = boundCardId;
      return this;
    }

    /**
     * When the grant starts; required.
     *
     * @param validFrom the start
     * @return this builder
     */
    public Builder validFrom(Instant validFrom) {
      this.validFrom = validFrom;
      return this;
    }

    /**
     * When the grant ends; none for open-ended.
     *
     * @param validBefore the end, or null
     * @return this builder
     */
    public Builder validBefore(Instant validBefore) {
      this.validBefore = validBefore;
      return this;
    }

    /**
     * A time restriction: an iCalendar (RFC 5545) {@code VCALENDAR} with {@code VEVENT}s.
     *
     * @param ical the iCalendar text, or null for none
     * @return this builder
     */
    public Builder timeRestrictionIcal(String ical) {
      this.timeRestrictionIcal = ical;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException unless exactly one of contact id, contact identifier and bound card is
     *     set, or when {@code validFrom} is missing or not before {@code validBefore}
     */
    public GrantRequest build() {
      int whom = (contactId != null ? 1 : 0) + (contactIdentifier != null ? 1 : 0) + (boundCardId != null ? 1 : 0);
      if (whom != 1) {
        throw new IllegalArgumentException("set exactly one of contactId, contactIdentifier and boundCardId");
      }
      if (validFrom == null) {
        throw new IllegalArgumentException("validFrom is required");
      }
      if (validBefore != null && !validFrom.isBefore(validBefore)) {
        throw new IllegalArgumentException("validFrom must be before validBefore");
      }
      return new GrantRequest(this);
    }
  }
}
