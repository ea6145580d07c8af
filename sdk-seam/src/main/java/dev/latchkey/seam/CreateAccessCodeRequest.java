package dev.latchkey.seam;

import java.util.Map;
import java.util.Objects;

/**
 * The parameters of {@link AccessCodes#create(CreateAccessCodeRequest)}. Immutable; the PIN never shows in
 * {@link #toString()}.
 *
 * <pre>{@code
 * CreateAccessCodeRequest.builder(deviceId).name("Guest").code("4821")
 *     .startsAt(checkIn).endsAt(checkOut).build();
 * }</pre>
 */
public final class CreateAccessCodeRequest extends AccessCodeParams {

  private final String deviceId;
  private final Boolean externalModificationAllowed;

  private CreateAccessCodeRequest(Builder builder) {
    super(builder);
    this.deviceId = builder.deviceId;
    this.externalModificationAllowed = builder.externalModificationAllowed;
  }

  /**
   * A builder for a code on one device.
   *
   * @param deviceId the id of the device the code is for
   * @return a new builder
   * @throws IllegalArgumentException when the device id is blank
   */
  public static Builder builder(String deviceId) {
    return new Builder(deviceId);
  }

  /** {@return a builder preset with this request} */
  public Builder toBuilder() {
    Builder b = new Builder(deviceId).name(name().orElse(null)).code(code().orElse(null))
        .startsAt(startsAt().orElse(null)).endsAt(endsAt().orElse(null));
    b.externalModificationAllowed = externalModificationAllowed;
    return b;
  }

  /** {@return the device to put the code on} */
  public String deviceId() {
    return deviceId;
  }

  Map<String, Object> toJson() {
    Map<String, Object> body = toJson("device_id", deviceId);
    if (externalModificationAllowed != null) {
      body.put("allow_external_modification", externalModificationAllowed);
    }
    return body;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CreateAccessCodeRequest other
        && deviceId.equals(other.deviceId)
        && sameParams(other)
        && Objects.equals(externalModificationAllowed, other.externalModificationAllowed);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deviceId, name(), startsAt(), endsAt());
  }

  /** Everything but the PIN. */
  @Override
  public String toString() {
    return "CreateAccessCodeRequest[deviceId=" + deviceId + ", " + paramsString("none") + "]";
  }

  /** Builds a {@link CreateAccessCodeRequest}. Not thread-safe. */
  public static final class Builder extends AccessCodeParams.Setters<Builder> {
    private final String deviceId;
    private Boolean externalModificationAllowed;

    private Builder(String deviceId) {
      if (deviceId == null || deviceId.isBlank()) {
        throw new IllegalArgumentException("deviceId must not be blank");
      }
      this.deviceId = deviceId;
    }

    @Override
    Builder self() {
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
