package dev.latchkey.seam;

import java.util.Map;
import java.util.Objects;

/**
 * The parameters of {@link AccessCodes#update(UpdateAccessCodeRequest)}: only what is set is changed.
 * Immutable; the PIN never shows in {@link #toString()}.
 */
public final class UpdateAccessCodeRequest extends AccessCodeParams {

  private final String accessCodeId;

  private UpdateAccessCodeRequest(Builder builder) {
    super(builder);
    this.accessCodeId = builder.accessCodeId;
  }

  /**
   * A builder for changes to one access code.
   *
   * @param accessCodeId the id of the access code to change
   * @return a new builder
   * @throws IllegalArgumentException when the access code id is blank
   */
  public static Builder builder(String accessCodeId) {
    return new Builder(accessCodeId);
  }

  /** {@return the access code to change} */
  public String accessCodeId() {
    return accessCodeId;
  }

  Map<String, Object> toJson() {
    return toJson("access_code_id", accessCodeId);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UpdateAccessCodeRequest other && accessCodeId.equals(other.accessCodeId)
        && sameParams(other);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessCodeId, name(), startsAt(), endsAt());
  }

  /** Everything but the PIN. */
  @Override
  public String toString() {
    return "UpdateAccessCodeRequest[accessCodeId=" + accessCodeId + ", " + paramsString("unchanged") + "]";
  }

  /** Builds an {@link UpdateAccessCodeRequest}. Not thread-safe. */
  public static final class Builder extends AccessCodeParams.Setters<Builder> {
    private final String accessCodeId;

    private Builder(String accessCodeId) {
      if (accessCodeId == null || accessCodeId.isBlank()) {
        throw new IllegalArgumentException("accessCodeId must not be blank");
      }
      this.accessCodeId = accessCodeId;
    }

    @Override
    Builder self() {
      return this;
    }

    /** {@return builds the request} */
    public UpdateAccessCodeRequest build() {
      return new UpdateAccessCodeRequest(this);
    }
  }
}
