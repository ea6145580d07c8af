package dev.latchkey.seam;

import dev.latchkey.core.Remedy;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.seam.internal.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an access code's {@code errors}: the typed code (unknown codes kept with their raw value), the
 * message, when it was recorded, where it comes from, the extra fields some codes carry, and the remedies.
 * Immutable.
 */
public final class AccessCodeError {

  private final SeamAccessCodeErrorCode code;
  private final String rawCode;
  private final String message;
  private final Instant createdAt;
  private final ProblemOrigin origin;
  private final String managedAccessCodeId;
  private final String unmanagedAccessCodeId;
  private final String changeType;
  private final List<ModifiedField> modifiedFields;

  private AccessCodeError(
      String rawCode,
      String message,
      Instant createdAt,
      ProblemOrigin origin,
      String managedAccessCodeId,
      String unmanagedAccessCodeId,
      String changeType,
      List<ModifiedField> modifiedFields) {
    this.rawCode = Objects.requireNonNull(rawCode, "rawCode");
    this.code = SeamAccessCodeErrorCode.fromWire(rawCode);
    this.message = message == null ? "" : message;
    this.createdAt = createdAt;
    this.origin = Objects.requireNonNull(origin, "origin");
    this.managedAccessCodeId = managedAccessCodeId;
    this.unmanagedAccessCodeId = unmanagedAccessCodeId;
    this.changeType = changeType;
    this.modifiedFields = List.copyOf(modifiedFields);
  }

  static AccessCodeError fromJson(JsonValue node) {
    String raw = Json.string(node, "error_code", "an access code error");
    List<ModifiedField> fields = new ArrayList<>();
    for (JsonValue item : Json.array(node, "modified_fields", "an access code error")) {
      Json.optString(item, "field").ifPresent(field ->
          fields.add(new ModifiedField(
              field, Json.optString(item, "from").orElse(null), Json.optString(item, "to").orElse(null))));
    }
    return new AccessCodeError(
        raw,
        Json.optString(node, "message").orElse(""),
        Json.optInstant(node, "created_at").orElse(null),
        originOf(node, SeamAccessCodeErrorCode.fromWire(raw)),
        Json.optString(node, "managed_access_code_id").orElse(null),
        Json.optString(node, "unmanaged_access_code_id").orElse(null),
        Json.optString(node, "change_type").orElse(null),
        fields);
  }

  // The flags decide; only when Seam sends none does the catalog's attached_from (its first origin) fill in.
  private static ProblemOrigin originOf(JsonValue node, SeamAccessCodeErrorCode code) {
    if (Json.flag(node, "is_connected_account_error") || Json.flag(node, "is_bridge_error")) {
      return ProblemOrigin.CONNECTED_ACCOUNT;
    }
    if (Json.flag(node, "is_device_error")) {
      return ProblemOrigin.DEVICE;
    }
    if (Json.flag(node, "is_access_code_error")) {
      return ProblemOrigin.ACCESS_CODE;
    }
    List<SeamAccessCodeErrorCode.AttachedFrom> from = code.attachedFrom();
    return switch (from.isEmpty() ? SeamAccessCodeErrorCode.AttachedFrom.ACCESS_CODE : from.get(0)) {
      case DEVICE -> ProblemOrigin.DEVICE;
      case CONNECTED_ACCOUNT -> ProblemOrigin.CONNECTED_ACCOUNT;
      case ACCESS_CODE -> ProblemOrigin.ACCESS_CODE;
    };
  }

  /** The typed code; {@code UNKNOWN_TO_SDK_VERSION} for a code this SDK version does not know. */
  public SeamAccessCodeErrorCode code() {
    return code;
  }

  /** The code exactly as Seam sent it (kept for unknown codes). */
  public String rawCode() {
    return rawCode;
  }

  /** Whether this SDK version knows the code. */
  public boolean isKnown() {
    return code.isKnown();
  }

  /** Seam's message for this occurrence (may be empty). */
  public String message() {
    return message;
  }

  /** When Seam recorded the error, when it says. */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** Whether the error comes from the access code, its device or its connected account. */
  public ProblemOrigin origin() {
    return origin;
  }

  /** For {@code duplicate_code_on_device}: the managed access code with the same PIN. */
  public Optional<String> managedAccessCodeId() {
    return Optional.ofNullable(managedAccessCodeId);
  }

  /** For {@code duplicate_code_on_device}: the unmanaged access code with the same PIN. */
  public Optional<String> unmanagedAccessCodeId() {
    return Optional.ofNullable(unmanagedAccessCodeId);
  }

  /** For {@code conflicting_external_modification}: {@code modified} or {@code removed}. */
  public Optional<String> changeType() {
    return Optional.ofNullable(changeType);
  }

  /** For {@code conflicting_external_modification}: the fields changed outside Seam. */
  public List<ModifiedField> modifiedFields() {
    return modifiedFields;
  }

  /** What to do, from the catalog; empty for an unknown code (see {@link AccessCodeDiagnosis}). */
  public List<Remedy> remedies() {
    return List.copyOf(code.remedies());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessCodeError other
        && rawCode.equals(other.rawCode)
        && message.equals(other.message)
        && Objects.equals(createdAt, other.createdAt)
        && origin == other.origin
        && Objects.equals(managedAccessCodeId, other.managedAccessCodeId)
        && Objects.equals(unmanagedAccessCodeId, other.unmanagedAccessCodeId)
        && Objects.equals(changeType, other.changeType)
        && modifiedFields.equals(other.modifiedFields);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rawCode, message, createdAt, origin, managedAccessCodeId, unmanagedAccessCodeId,
        changeType, modifiedFields);
  }

  /** Code, origin and created-at; the message is left out (vendors have echoed PINs in messages). */
  @Override
  public String toString() {
    return "AccessCodeError[" + (code.isKnown() ? code.name() : "unknown '" + rawCode + "'")
        + ", origin=" + origin + (createdAt == null ? "" : ", createdAt=" + createdAt) + "]";
  }
}
