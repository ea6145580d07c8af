package dev.latchkey.seam;

import dev.latchkey.core.ReportedProblem;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.seam.internal.Json;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an access code's {@code errors}: the typed code, where the error comes from, the extra fields
 * some codes carry, and the {@link #problem() reported problem} with the raw code, message, time, remedies and
 * Seam's other fields. An entry Seam sent without a string {@code error_code} is kept as an unknown error with
 * its {@link #rawJson() raw JSON}. Immutable.
 */
public final class AccessCodeError {

  private final SeamAccessCodeErrorCode code;
  private final ReportedProblem problem;
  private final ProblemOrigin origin;
  private final List<ModifiedField> modifiedFields;
  private final String rawJson;

  private AccessCodeError(JsonValue entry) {
    this.problem = SeamProblems.read(entry, "error_code", SeamAccessCodeErrorCode::fromWire);
    this.code = (SeamAccessCodeErrorCode) problem.code();
    this.origin = originOf(entry, code);
    this.modifiedFields = SeamProblems.modifiedFields(entry);
    this.rawJson = SeamProblems.rawJson(entry);
  }

  static AccessCodeError fromJson(JsonValue entry) {
    return new AccessCodeError(Objects.requireNonNull(entry, "entry"));
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

  /**
   * The typed code.
   *
   * @return the code; {@code UNKNOWN_TO_SDK_VERSION} for a code this SDK version does not know or a missing one
   */
  public SeamAccessCodeErrorCode code() {
    return code;
  }

  /**
   * The error as a vendor-neutral reported problem: raw code, Seam's message, {@code created_at}, the remedies
   * (for an unknown code, the catalog's fallback remedies of {@code UNKNOWN_TO_SDK_VERSION}) and Seam's other
   * fields of the entry.
   *
   * @return the problem
   */
  public ReportedProblem problem() {
    return problem;
  }

  /**
   * Where the error comes from.
   *
   * @return the access code itself, its device or its connected account
   */
  public ProblemOrigin origin() {
    return origin;
  }

  /**
   * For {@code duplicate_code_on_device}: the managed access code with the same PIN.
   *
   * @return its id, when Seam sent one
   */
  public Optional<String> managedAccessCodeId() {
    return problem.field("managed_access_code_id");
  }

  /**
   * For {@code duplicate_code_on_device}: the unmanaged access code with the same PIN.
   *
   * @return its id, when Seam sent one
   */
  public Optional<String> unmanagedAccessCodeId() {
    return problem.field("unmanaged_access_code_id");
  }

  /**
   * For {@code conflicting_external_modification}: how the code was changed outside Seam.
   *
   * @return {@code modified} or {@code removed}, when Seam said
   */
  public Optional<String> changeType() {
    return problem.field("change_type");
  }

  /**
   * For {@code conflicting_external_modification}: the fields changed outside Seam.
   *
   * @return the fields, possibly empty
   */
  public List<ModifiedField> modifiedFields() {
    return modifiedFields;
  }

  /**
   * The entry exactly as Seam sent it, as JSON text; useful for an entry this SDK could not read. It may hold
   * a PIN: do not log it.
   *
   * @return the JSON text
   */
  public String rawJson() {
    return rawJson;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessCodeError other && rawJson.equals(other.rawJson);
  }

  @Override
  public int hashCode() {
    return rawJson.hashCode();
  }

  /** Code, origin and time; the message and fields are left out (vendors have echoed PINs in them). */
  @Override
  public String toString() {
    return "AccessCodeError[" + (code.isKnown() ? code.name() : "unknown '" + problem.rawCode() + "'")
        + ", origin=" + origin + problem.time().map(t -> ", createdAt=" + t).orElse("") + "]";
  }
}
