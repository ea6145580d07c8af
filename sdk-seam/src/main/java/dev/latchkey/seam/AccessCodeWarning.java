package dev.latchkey.seam;

import dev.latchkey.core.json.JsonValue;
import java.util.Objects;

/**
 * One entry of an access code's {@code warnings}: the typed code, the extra fields of
 * {@code external_modification_in_effect}, and the {@link #problem() reported problem} with the raw code,
 * message, time, remedies and Seam's other fields. An entry Seam sent without a string {@code warning_code} is
 * kept as an unknown warning with its {@link #rawJson() raw JSON}. Immutable.
 */
public final class AccessCodeWarning extends AccessCodeProblem<SeamAccessCodeWarningCode> {

  private AccessCodeWarning(JsonValue entry) {
    super(entry, "warning_code", SeamAccessCodeWarningCode::fromWire);
  }

  static AccessCodeWarning fromJson(JsonValue entry) {
    return new AccessCodeWarning(Objects.requireNonNull(entry, "entry"));
  }
}
