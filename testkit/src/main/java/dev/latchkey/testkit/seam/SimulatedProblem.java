package dev.latchkey.testkit.seam;

import dev.latchkey.core.ErrorCode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An error or a warning that a test puts on a simulated access code, as Seam would report it in the access
 * code's {@code errors} or {@code warnings} list.
 *
 * <p>Build one with {@link #error(ErrorCode)}, {@link #error(String)}, {@link #warning(ErrorCode)} or
 * {@link #warning(String)}; raw strings allow codes no catalog knows. Immutable and thread-safe.
 */
public final class SimulatedProblem {

  /** Where an error on an access code comes from; decides which {@code is_*_error} flag is set. */
  public enum Origin {
    /** {@code is_access_code_error: true}. */
    ACCESS_CODE,
    /** {@code is_device_error: true}: an error of the access code's device. */
    DEVICE,
    /** {@code is_connected_account_error: true}: an error of the device's connected account. */
    CONNECTED_ACCOUNT
  }

  private final boolean warning;
  private final String code;
  private final String message;
  private final Origin origin;
  private final Instant createdAt;
  private final Map<String, Object> extraFields;

  private SimulatedProblem(Builder builder) {
    this.warning = builder.warning;
    this.code = builder.code;
    this.message = builder.message == null ? "Simulated " + builder.code : builder.message;
    this.origin = builder.origin;
    this.createdAt = builder.createdAt;
    this.extraFields = Collections.unmodifiableMap(new LinkedHashMap<>(builder.extraFields));
  }

  /**
   * Starts an access-code error with a catalog code (its wire value is sent).
   *
   * @param code the catalog code
   * @return the builder
   */
  public static Builder error(ErrorCode code) {
    return new Builder(false, Objects.requireNonNull(code, "code").wireValue());
  }

  /**
   * Starts an access-code error with a raw wire code, known to a catalog or not.
   *
   * @param rawCode the wire code
   * @return the builder
   */
  public static Builder error(String rawCode) {
    return new Builder(false, rawCode);
  }

  /**
   * Starts an access-code warning with a catalog code (its wire value is sent).
   *
   * @param code the catalog code
   * @return the builder
   */
  public static Builder warning(ErrorCode code) {
    return new Builder(true, Objects.requireNonNull(code, "code").wireValue());
  }

  /**
   * Starts an access-code warning with a raw wire code, known to a catalog or not.
   *
   * @param rawCode the wire code
   * @return the builder
   */
  public static Builder warning(String rawCode) {
    return new Builder(true, rawCode);
  }

  /** {@return whether this is a warning ({@code warning_code}) rather than an error ({@code error_code})} */
  public boolean isWarning() {
    return warning;
  }

  /** {@return the wire code} */
  public String code() {
    return code;
  }

  /** {@return the message sent with the code} */
  public String message() {
    return message;
  }

  /** {@return where the error comes from (ignored for warnings)} */
  public Origin origin() {
    return origin;
  }

  /** {@return when the problem was recorded} */
  public Instant createdAt() {
    return createdAt;
  }

  /** {@return fields sent in addition to code, message, flags and created-at (in insertion order)} */
  public Map<String, Object> extraFields() {
    return extraFields;
  }

  /**
   * Names the problem and its origin.
   *
   * @return text such as {@code SimulatedError[code_error, origin=ACCESS_CODE]}
   */
  @Override
  public String toString() {
    return (warning ? "SimulatedWarning[" : "SimulatedError[") + code + ", origin=" + origin + "]";
  }

  /** Builds a {@link SimulatedProblem}. Not thread-safe. */
  public static final class Builder {
    private final boolean warning;
    private final String code;
    private String message;
    private Origin origin = Origin.ACCESS_CODE;
    private Instant createdAt = Instant.parse("2026-01-01T00:00:00Z");
    private final Map<String, Object> extraFields = new LinkedHashMap<>();

    private Builder(boolean warning, String code) {
      if (code == null || code.isBlank()) {
        throw new IllegalArgumentException("a simulated problem needs a non-blank code");
      }
      this.warning = warning;
      this.code = code;
    }

    /**
     * The message (default: {@code "Simulated <code>"}).
     *
     * @param message the message
     * @return this builder
     */
    public Builder message(String message) {
      this.message = Objects.requireNonNull(message, "message");
      return this;
    }

    /**
     * Where the error comes from (default {@link Origin#ACCESS_CODE}).
     *
     * @param origin the origin
     * @return this builder
     */
    public Builder origin(Origin origin) {
      this.origin = Objects.requireNonNull(origin, "origin");
      return this;
    }

    /**
     * When the problem was recorded (default 2026-01-01T00:00:00Z).
     *
     * @param createdAt the time
     * @return this builder
     */
    public Builder createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
      return this;
    }

    /**
     * The ids {@code duplicate_code_on_device} carries; either may be null to leave it out.
     *
     * @param managedAccessCodeId the managed code's id, or null
     * @param unmanagedAccessCodeId the unmanaged code's id, or null
     * @return this builder
     */
    public Builder duplicateOf(String managedAccessCodeId, String unmanagedAccessCodeId) {
      if (managedAccessCodeId != null) {
        extraFields.put("managed_access_code_id", managedAccessCodeId);
      }
      if (unmanagedAccessCodeId != null) {
        extraFields.put("unmanaged_access_code_id", unmanagedAccessCodeId);
      }
      return this;
    }

    /**
     * The change type {@code conflicting_external_modification} carries: {@code modified} or {@code removed}.
     *
     * @param changeType the change type
     * @return this builder
     */
    public Builder changeType(String changeType) {
      extraFields.put("change_type", Objects.requireNonNull(changeType, "changeType"));
      return this;
    }

    /**
     * Adds one entry of {@code modified_fields}: the field and its old and new values (either may be null).
     *
     * @param field the field name
     * @param from the old value, or null
     * @param to the new value, or null
     * @return this builder
     */
    public Builder modifiedField(String field, String from, String to) {
      @SuppressWarnings("unchecked")
      List<Object> fields =
          (List<Object>) extraFields.computeIfAbsent("modified_fields", k -> new ArrayList<>());
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("field", Objects.requireNonNull(field, "field"));
      entry.put("from", from);
      entry.put("to", to);
      fields.add(Collections.unmodifiableMap(entry));
      return this;
    }

    /**
     * Any other field (a string, number, boolean, list or map of those, or null).
     *
     * @param name the field name
     * @param value the value
     * @return this builder
     */
    public Builder field(String name, Object value) {
      extraFields.put(Objects.requireNonNull(name, "name"), value);
      return this;
    }

    /**
     * Builds the problem.
     *
     * @return the problem
     */
    public SimulatedProblem build() {
      return new SimulatedProblem(this);
    }
  }
}
