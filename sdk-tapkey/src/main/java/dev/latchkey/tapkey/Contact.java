package dev.latchkey.tapkey;

import dev.latchkey.core.json.JsonValue;
import dev.latchkey.tapkey.internal.Fields;
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
    this.id = Fields.requiredString(json, "id", "Contact");
    this.ownerId = Fields.string(json, "ownerId");
    this.identifier = Fields.string(json, "identifier");
    this.ipId = Fields.string(json, "ipId");
    this.title = Fields.string(json, "title");
    this.comment = Fields.string(json, "comment");
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
