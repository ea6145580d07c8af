package dev.latchkey.seam;

import dev.latchkey.core.ReportedProblem;
import dev.latchkey.core.json.JsonValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of an access code's {@code warnings}: the typed code, the extra fields of
 * {@code external_modification_in_effect}, and the {@link #problem() reported problem} with the raw code,
 * message, time, remedies and Seam's other fields. An entry Seam sent without a string {@code warning_code} is
 * kept as an unknown warning with its {@link #rawJson() raw JSON}. Immutable.
 */
public final class AccessCodeWarning {

  private final SeamAccessCodeWarningCode code;
  private final ReportedProblem problem;
  private final List<ModifiedField> modifiedFields;
  private final String rawJson;

  private AccessCodeWarning(JsonValue entry) {
    this.problem = SeamProblems.read(entry, "warning_code", SeamAccessCodeWarningCode::fromWire);
    this.code = (SeamAccessCodeWarningCode) problem.code();
    this.modifiedFields = SeamProblems.modifiedFields(entry);
    this.rawJson = SeamProblems.rawJson(entry);
  }

  static AccessCodeWarning fromJson(JsonValue entry) {
    return new AccessCodeWarning(Objects.requireNonNull(entry, "entry"));
  }

  /**
   * The typed code.
   *
   * @return the code; {@code UNKNOWN_TO_SDK_VERSION} for a code this SDK version does not know or a missing one
   */
  public SeamAccessCodeWarningCode code() {
    return code;
  }

  /**
   * The warning as a vendor-neutral reported problem: raw code, Seam's message, {@code created_at}, the
   * remedies (for an unknown code, the catalog's fallback remedies of {@code UNKNOWN_TO_SDK_VERSION}) and
   * Seam's other fields of the entry.
   *
   * @return the problem
   */
  public ReportedProblem problem() {
    return problem;
  }

  /**
   * For {@code external_modification_in_effect}: how the code was changed outside Seam.
   *
   * @return {@code modified} or {@code removed}, when Seam said
   */
  public Optional<String> changeType() {
    return problem.field("change_type");
  }

  /**
   * For {@code external_modification_in_effect}: the fields changed outside Seam.
   *
   * @return the fields, possibly empty
   */
  public List<ModifiedField> modifiedFields() {
    return modifiedFields;
  }

  /**
   * The entry exactly as Seam sent it, as JSON text. It may hold a PIN: do not log it.
   *
   * @return the JSON text
   */
  public String rawJson() {
    return rawJson;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AccessCodeWarning other && rawJson.equals(other.rawJson);
  }

  @Override
  public int hashCode() {
    return rawJson.hashCode();
  }

  /** Code and time; the message and fields are left out. */
  @Override
  public String toString() {
    return "AccessCodeWarning[" + (code.isKnown() ? code.name() : "unknown '" + problem.rawCode() + "'")
        + problem.time().map(t -> ", createdAt=" + t).orElse("") + "]";
  }
}
