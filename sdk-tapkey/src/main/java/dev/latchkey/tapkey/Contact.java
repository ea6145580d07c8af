package dev.latchkey.tapkey;

import dev.latchkey.core.json.JsonValue;
import java.util.Optional;

/**
 * A contact of an owner account, whom grants are issued to: {@code GET /Owners/{ownerAccountId}/Contacts}. Immutable; properties Tapkey adds later are ignored.
 */
public final class Contact {
  private final String id;
  private final String ownerId;
  private final String identifier;
  private final String ipId;
  private final String title;
  private final String comment;

  private Contact(JsonValue json) {
    this.id = TapkeyHttp.SHAPE.requireString(json, "id", "a Contact");
    this.ownerId = json.optString("ownerId").orElse(null);
    this.identifier = json.optString("identifier").orElse(null);
    this.ipId = json.optString("ipId").orElse(null);
    this.title = json.optString("title").orElse(null);
    this.comment = json.optString("comment").orElse(null);
  }

  /** Reads one from Tapkey's JSON; a missing id is a {@code LatchkeyResponseException}. */
  static Contact from(JsonValue json) {
    return new Contact(json);
  }

  /** {@return the contact id (case-sensitive)} */
  public String id() {
    return id;
  }

  /** {@return the owner account id, when given} */
  public Optional<String> ownerId() {
    return Optional.ofNullable(ownerId);
  }

  /** {@return the identifier at the identity provider (for {@code tapkey}, the email address), when given} */
  public Optional<String> identifier() {
    return Optional.ofNullable(identifier);
  }

  /** {@return the identity provider id, such as {@code tapkey}, when given} */
  public Optional<String> ipId() {
    return Optional.ofNullable(ipId);
  }

  /** {@return its title, when given} */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** {@return the comment, when given} */
  public Optional<String> comment() {
    return Optional.ofNullable(comment);
  }

  @Override
  public String toString() {
    return "Contact[id=" + id + ", title=" + title + "]";
  }
}
