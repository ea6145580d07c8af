package dev.latchkey.seam;

import dev.latchkey.core.Secret;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of {@link AccessCodes#update(UpdateAccessCodeRequest)}: only what is set is changed.
 * Immutable; the PIN never shows in {@link #toString()}.
 */
public final class UpdateAccessCodeRequest {

  private final String accessCodeId;
  private final String name;
  private final Secret code;
  private final Instant startsAt;
  private final Instant endsAt;

  private UpdateAccessCodeRequest(Builder builder) {
    this.accessCodeId = builder.accessCodeId;
    this.name = builder.name;
    this.code = builder.code;
    this.startsAt = builder.startsAt;
    this.endsAt = builder.endsAt;
  }

  /**
   * A builder for changes to one access code.
   *
   * @param accessCodeId the id of the access code to change
   * @return the builder
   */
  public static Builder builder(String accessCodeId) {
    return new Builder(accessCodeId);
  }

  /** {@return the access code to change} */
  public String accessCodeId() {
    return accessCodeId;
  }

  /** {@return the new name} */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** {@return the new PIN} */
  public Optional<Secret> code() {
    return Optional.ofNullable(code);
  }

  /** {@return the new start} */
  public Optional<Instant> startsAt() {
    return Optional.ofNullable(startsAt);
  }

  /** {@return the new end} */
  public Optional<Instant> endsAt() {
    return Optional.ofNullable(endsAt);
  }

  Map<String, Object> toJson() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("access_code_id", accessCodeId);
    if (name != null) {
      body.put("name", name);
    }
    if (code != null) {
      body.put("code", code.reveal());
    }
    if (startsAt != null) {
      body.put("starts_at", startsAt.toString());
    }
    if (endsAt != null) {
      body.put("ends_at", endsAt.toString());
    }
    return body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UpdateAccessCodeRequest other
        && accessCodeId.equals(other.accessCodeId)
        && Objects.equals(name, other.name)
        && Objects.equals(code, other.code)
        && Objects.equals(startsAt, other.startsAt)
        && Objects.equals(endsAt, other.endsAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessCodeId, name, startsAt, endsAt);
  }

  /** Everything but the PIN. */
  @Override
  public String toString() {
    return "UpdateAccessCodeRequest[accessCodeId=" + accessCodeId + ", name=" + name
        + ", code=" + (code == null ? "unchanged" : "[redacted]") + ", startsAt=" + startsAt
        + ", endsAt=" + endsAt + "]";
  }

  /** Builds an {@link UpdateAccessCodeRequest}. Not thread-safe. */
  public static final class Builder {
    private final String accessCodeId;
    private String name;
    private Secret code;
    private Instant startsAt;
    private Instant endsAt;

    private Builder(String accessCodeId) {
      if (accessCodeId == null || accessCodeId.isBlank()) {
        throw new IllegalArgumentException("accessCodeId must not be blank");
      }
      this.accessCodeId = accessCodeId;
    }

    /**
     * The new name.
     *
     * @param name the new name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The new PIN.
     *
     * @param pin the new PIN
     * @return this builder
     */
    public Builder code(String pin) {
      this.code = pin == null ? null : Secret.of(pin);
      return this;
    }

    /**
     * The new PIN as a secret.
     *
     * @param pin the new PIN as a secret
     * @return this builder
     */
    public Builder code(Secret pin) {
      this.code = pin;
      return this;
    }

    /**
     * The new start.
     *
     * @param startsAt the new start
     * @return this builder
     */
    public Builder startsAt(Instant startsAt) {
      this.startsAt = startsAt;
      return this;
    }

    /**
     * The new end.
     *
     * @param endsAt the new end
     * @return this builder
     */
    public Builder endsAt(Instant endsAt) {
      this.endsAt = endsAt;
      return this;
    }

    /** {@return builds the request} */
    public UpdateAccessCodeRequest build() {
      return new UpdateAccessCodeRequest(this);
    }
  }
}
