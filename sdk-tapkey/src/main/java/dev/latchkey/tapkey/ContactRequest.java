package dev.latchkey.tapkey;

import dev.latchkey.core.json.JsonValue;
import java.util.Objects;

/**
 * A contact to create or update: who (an identifier at an identity provider; for Tapkey's own, the email
 * address) with a title and comment. Immutable; built with {@link #builder(String)}.
 */
public final class ContactRequest {

  /** The identity provider id of Tapkey's own user accounts. */
  public static final String TAPKEY_IDENTITY_PROVIDER = "tapkey";

  private final String identifier;
  private final String ipId;
  private final String title;
  private final String comment;

  private ContactRequest(Builder b) {
    this.identifier = b.identifier;
    this.ipId = b.ipId;
    this.title = b.title;
    this.comment = b.comment;
  }

  /**
   * A builder.
   *
   * @param identifier the identifier at the identity provider (for {@code tapkey}, an email address)
   * @return the builder
   */
  public static Builder builder(String identifier) {
    return new Builder(identifier);
  }

  JsonValue toJson() {
    JsonValue.ObjectBuilder json = JsonValue.object().put("ipId", ipId).put("identifier", identifier);
    if (title != null) {
      json.put("title", title);
    }
    if (comment != null) {
      json.put("comment", comment);
    }
    return json.build();
  }

  @Override
  public String toString() {
    return "ContactRequest[ipId=" + ipId + ", title=" + title + "]";
  }

  /** Builds a {@link ContactRequest}. Not thread-safe. */
  public static final class Builder {
    private final String identifier;
    private String ipId = TAPKEY_IDENTITY_PROVIDER;
    private String title;
    private String comment;

    private Builder(String identifier) {
      this.identifier = Objects.requireNonNull(identifier, "identifier");
    }

    /**
     * The identity provider (default {@value ContactRequest#TAPKEY_IDENTITY_PROVIDER}).
     *
     * @param ipId the identity provider id
     * @return this builder
     */
    public Builder identityProvider(String ipId) {
      this.ipId = Objects.requireNonNull(ipId, "ipId");
      return this;
    }

    /**
     * The title shown for the contact.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /**
     * A comment.
     *
     * @param comment the comment
     * @return this builder
     */
    public Builder comment(String comment) {
      this.comment = comment;
      return this;
    }

    /** {@return the request} */
    public ContactRequest build() {
      return new ContactRequest(this);
    }
  }
}
