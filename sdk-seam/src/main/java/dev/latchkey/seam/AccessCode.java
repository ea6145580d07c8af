package dev.latchkey.seam;

import dev.latchkey.core.Secret;
import dev.latchkey.core.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Seam access code (managed, or unmanaged when {@link #isManaged()} is false), with its errors and warnings
 * typed. Immutable.
 *
 * <p>The PIN is a {@link Secret}: {@link #toString()} never shows it; call {@code code().map(Secret::reveal)}
 * where you must display it.
 */
public final class AccessCode {

  private final String accessCodeId;
  private final String deviceId;
  private final String name;
  private final Secret code;
  private final String type;
  private final String status;
  private final Instant startsAt;
  private final Instant endsAt;
  private final Instant createdAt;
  private final boolean managed;
  private final boolean externalModificationAllowed;
  private final List<AccessCodeError> errors;
  private final List<AccessCodeWarning> warnings;

  private AccessCode(JsonValue node) {
    this.accessCodeId = SeamHttp.SHAPE.requireString(node, "access_code_id", "an access code");
    this.deviceId = SeamHttp.SHAPE.requireString(node, "device_id", "an access code");
    this.name = node.optString("name").orElse(null);
    this.code = node.optString("code").map(Secret::of).orElse(null);
    this.type = node.optString("type").orElse("");
    this.status = node.optString("status").orElse("");
    this.startsAt = node.optInstant("starts_at").orElse(null);
    this.endsAt = node.optInstant("ends_at").orElse(null);
    this.createdAt = node.optInstant("created_at").orElse(null);
    this.managed = node.optBoolean("is_managed").orElse(true);
    this.externalModificationAllowed = node.optBoolean("is_external_modification_allowed").orElse(false);
    this.errors = SeamHttp.items(node, "errors", "an access code", AccessCodeError::fromJson);
    this.warnings = SeamHttp.items(node, "warnings", "an access code", AccessCodeWarning::fromJson);
  }

  /**
   * Reads an access code from JSON as Seam answers it: the access code object itself, or an answer of
   * {@code /access_codes/get} that holds it under {@code access_code}. For tools that decode a pasted answer
   * (the {@code latchkey decode} command); the client reads its answers itself.
   *
   * @param json the JSON text
   * @return the access code, its errors and warnings typed
   * @throws dev.latchkey.core.LatchkeyResponseException ({@code WRONG_SHAPE}) when the text is not JSON, or not
   *     an access code ({@code access_code_id} and {@code device_id} are required; {@code errors} and
   *     {@code warnings}, when present, must be arrays)
   */
  public static AccessCode parse(String json) {
    Objects.requireNonNull(json, "json");
    JsonValue root;
    try {
      root = dev.latchkey.core.json.Json.parse(json);
    } catch (dev.latchkey.core.json.JsonException e) {
      throw SeamHttp.SHAPE.wrongShape("an access code is not JSON (" + e.reason() + ")");
    }
    JsonValue wrapped = root.isObject() ? root.get("access_code") : null;
    return fromJson(wrapped != null && wrapped.isObject() ? wrapped : root);
  }

  static AccessCode fromJson(JsonValue node) {
    if (node == null || !node.isObject()) {
      throw SeamHttp.SHAPE.wrongShape("an access code is not a JSON object");
    }
    return new AccessCode(node);
  }

  /** {@return the access code's id} */
  public String accessCodeId() {
    return accessCodeId;
  }

  /** {@return the id of the device the code is on} */
  public String deviceId() {
    return deviceId;
  }

  /** {@return the code's name, when it has one} */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** {@return the PIN, when Seam returns it} */
  public Optional<Secret> code() {
    return Optional.ofNullable(code);
  }

  /** {@return {@code ongoing} or {@code time_bound} (empty when not sent)} */
  public String type() {
    return type;
  }

  /**
   * {@return seam's status: {@code setting}, {@code set}, {@code removing}, {@code unset}, ... (empty when not sent)}
   */
  public String status() {
    return status;
  }

  /** {@return when a time-bound code starts} */
  public Optional<Instant> startsAt() {
    return Optional.ofNullable(startsAt);
  }

  /** {@return when a time-bound code ends} */
  public Optional<Instant> endsAt() {
    return Optional.ofNullable(endsAt);
  }

  /** {@return when the code was created} */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** {@return whether Seam manages the code (false for codes set outside Seam)} */
  public boolean isManaged() {
    return managed;
  }

  /** {@return whether changes made outside Seam are accepted rather than reverted} */
  public boolean isExternalModificationAllowed() {
    return externalModificationAllowed;
  }

  /** {@return the errors, typed, in Seam's order (including those attached from the device or account)} */
  public List<AccessCodeError> errors() {
    return errors;
  }

  /** {@return the warnings, typed, in Seam's order} */
  public List<AccessCodeWarning> warnings() {
    return warnings;
  }

  /** {@return what is wrong with this code and what to do, as the troubleshooting guide asks} */
  public AccessCodeDiagnosis diagnose() {
    return AccessCodeDiagnosis.of(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessCode other
        && accessCodeId.equals(other.accessCodeId)
        && deviceId.equals(other.deviceId)
        && Objects.equals(name, other.name)
        && Objects.equals(code == null ? null : code.reveal(), other.code == null ? null : other.code.reveal())
        && type.equals(other.type)
        && status.equals(other.status)
        && Objects.equals(startsAt, other.startsAt)
        && Objects.equals(endsAt, other.endsAt)
        && Objects.equals(createdAt, other.createdAt)
        && managed == other.managed
        && externalModificationAllowed == other.externalModificationAllowed
        && errors.equals(other.errors)
        && warnings.equals(other.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessCodeId, deviceId, status, errors, warnings);
  }

  /** Everything but the PIN, which shows as {@code [redacted]}. */
  @Override
  public String toString() {
    return "AccessCode[id=" + accessCodeId + ", deviceId=" + deviceId + ", name=" + name
        + ", code=" + (code == null ? "none" : "[redacted]") + ", type=" + type + ", status=" + status
        + ", managed=" + managed + ", errors=" + errors + ", warnings=" + warnings + "]";
  }
}
