package dev.latchkey.seam;

import dev.latchkey.core.Secret;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of {@link AccessCodes#create(CreateAccessCodeRequest)}. Immutable; the PIN never shows in
 * {@link #toString()}.
 *
 * <pre>{@code
 * CreateAccessCodeRequest.builder(deviceId).name("Guest").code("4821")
 *     .startsAt(checkIn).endsAt(checkOut).build();
 * }</pre>
 */
public final class CreateAccessCodeRequest {

  private final String deviceId;
  private final String name;
  private final Secret code;
  private final Instant startsAt;
  private final Instant endsAt;
  private final Boolean externalModificationAllowed;

  private CreateAccessCodeRequest(Builder builder) {
    this.deviceId = builder.deviceId;
    this.name = builder.name;
    this.code = builder.code;
    this.startsAt = builder.startsAt;
    this.endsAt = builder.endsAt;
    this.externalModificationAllowed = builder.externalModificationAllowed;
  }

  /**
   * A builder for a code on one device.
   *
   * @param deviceId the id of the device the code is for
   * @return the builder
   */
  public static Builder builder(String deviceId) {
    return new Builder(deviceId);
  }

  /** {@return a builder preset with this request} */
  public Builder toBuilder() {
    Builder b = new Builder(deviceId);
    b.name = name;
    b.code = code;
    b.startsAt = startsAt;
    b.endsAt = endsAt;
    b.externalModificationAllowed = externalModificationAllowed;
    return b;
  }

  /** {@return the device to put the code on} */
  public String deviceId() {
    return deviceId;
  }

  /** {@return the code's name} */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** {@return the PIN; when absent Seam chooses one} */
  public Optional<Secret> code() {
    return Optional.ofNullable(code);
  }

  /** {@return when a time-bound code starts} */
  public Optional<Instant> startsAt() {
    return Optional.ofNullable(startsAt);
  }

  /** {@return when a time-bound code ends} */
  public Optional<Instant> endsAt() {
    return Optional.ofNullable(endsAt);
  }

  Map<String, Object> toJson() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("device_id", deviceId);
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
    if (externalModificationAllowed != null) {
      body.put("allow_external_modification", externalModificationAllowed);
    }
    return body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CreateAccessCodeRequest other
        && deviceId.equals(other.deviceId)
        && Objects.equals(name, other.name)
        && Objects.equals(code, other.code)
        && Objects.equals(startsAt, other.startsAt)
        && Objects.equals(endsAt, other.endsAt)
        && Objects.equals(externalModificationAllowed, other.externalModificationAllowed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deviceId, name, startsAt, endsAt);
  }

  /** Everything but the PIN. */
  @Override
  public String toString() {
    return "CreateAccessCodeRequest[deviceId=" + deviceId + ", name=" + name
        + ", code=" + (code == null ? "none" : "[redacted]") + ", startsAt=" + startsAt + ", endsAt=" + endsAt
        + "]";
  }

  /** Builds a {@link CreateAccessCodeRequest}. Not thread-safe. */
  public static final class Builder {
    private final String deviceId;
    private String name;
    private Secret code;
    private Instant startsAt;
    private Instant endsAt;
    private Boolean externalModificationAllowed;

    private Builder(String deviceId) {
      if (deviceId == null || deviceId.isBlank()) {
        throw new IllegalArgumentException("deviceId must not be blank");
      }
      this.deviceId = deviceId;
    }

    /**
     * The code's name.
     *
     * @param name the code's name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * The PIN (digits); leave unset to let Seam choose.
     *
     * @param pin the PIN (digits); leave unset to let Seam choose
     * @return this builder
     */
    public Builder code(String pin) {
      this.code = pin == null ? null : Secret.of(pin);
      return this;
    }

    /**
     * The PIN as a secret.
     *
     * @param pin the PIN as a secret
     * @return this builder
     */
    public Builder code(Secret pin) {
      this.code = pin;
      return this;
    }

    /**
     * When the code starts working (makes it time-bound).
     *
     * @param startsAt when the code starts working (makes it time-bound)
     * @return this builder
     */
    public Builder startsAt(Instant startsAt) {
      this.startsAt = startsAt;
      return this;
    }

    /**
     * When the code stops working (makes it time-bound).
     *
     * @param endsAt when the code stops working (makes it time-bound)
     * @return this builder
     */
    public Builder endsAt(Instant endsAt) {
      this.endsAt = endsAt;
      return this;
    }

    /**
     * Whether changes made outside Seam are accepted rather than reverted.
     *
     * @param allowed whether changes made outside Seam are accepted rather than reverted
     * @return this builder
     */
    public Builder externalModificationAllowed(Boolean allowed) {
      this.externalModificationAllowed = allowed;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalArgumentException when the code ends before it starts
     */
    public CreateAccessCodeRequest build() {
      if (startsAt != null && endsAt != null && !endsAt.isAfter(startsAt)) {
        throw new IllegalArgumentException("endsAt must be after startsAt");
      }
      return new CreateAccessCodeRequest(this);
    }
  }
}
