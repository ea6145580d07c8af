package dev.latchkey.seam;

import dev.latchkey.core.Remedy;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.seam.internal.Json;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an access code's {@code warnings}: the typed code (unknown codes kept with their raw value),
 * the message, when it was recorded, and the remedies. Immutable.
 */
public final class AccessCodeWarning {

  private final SeamAccessCodeWarningCode code;
  private final String rawCode;
  private final String message;
  private final Instant createdAt;

  private AccessCodeWarning(String rawCode, String message, Instant createdAt) {
    this.rawCode = Objects.requireNonNull(rawCode, "rawCode");
    this.code = SeamAccessCodeWarningCode.fromWire(rawCode);
    this.message = message == null ? "" : message;
    this.createdAt = createdAt;
  }

  static AccessCodeWarning fromJson(JsonValue node) {
    return new AccessCodeWarning(
        Json.string(node, "warning_code", "an access code warning"),
        Json.optString(node, "message").orElse(""),
        Json.optInstant(node, "created_at").orElse(null));
  }

  /** The typed code; {@code UNKNOWN_TO_SDK_VERSION} for a code this SDK version does not know. */
  public SeamAccessCodeWarningCode code() {
    return code;
  }

  /** The code exactly as Seam sent it. */
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

  /** When Seam recorded the warning, when it says. */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** What to do, from the catalog; empty for an unknown code. */
  public List<Remedy> remedies() {
    return List.copyOf(code.remedies());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessCodeWarning other
        && rawCode.equals(other.rawCode)
        && message.equals(other.message)
        && Objects.equals(createdAt, other.createdAt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rawCode, message, createdAt);
  }

  /** Code and created-at; the message is left out. */
  @Override
  public String toString() {
    return "AccessCodeWarning[" + (code.isKnown() ? code.name() : "unknown '" + rawCode + "'")
        + (createdAt == null ? "" : ", createdAt=" + createdAt) + "]";
  }
}
