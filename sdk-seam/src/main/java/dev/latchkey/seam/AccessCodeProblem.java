package dev.latchkey.seam;

import dev.latchkey.core.ErrorCode;
import dev.latchkey.core.ReportedProblem;
import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What an access code's {@linkplain AccessCodeError errors} and {@linkplain AccessCodeWarning warnings} share:
 * the typed code, the {@link #problem() reported problem} (raw code, message, time, remedies and Seam's other
 * fields), the fields of an external modification, and the entry's {@link #rawJson() raw JSON}.
 *
 * <p>Entries are read leniently: one without a string code, or that is not an object, is kept as an unknown
 * problem with its raw JSON instead of failing the whole answer. Equal when their raw JSON is equal. Immutable.
 *
 * @param <C> the catalog's code type
 */
public abstract sealed class AccessCodeProblem<C extends ErrorCode> permits AccessCodeError, AccessCodeWarning {

  /** Fields the {@link ReportedProblem} holds itself; the rest of the entry goes into its fields. */
  private static final Set<String> OWN_FIELDS = Set.of("message", "created_at");

  private final C code;
  private final ReportedProblem problem;
  private final List<ModifiedField> modifiedFields;
  private final String rawJson;

  AccessCodeProblem(JsonValue entry, String codeField, Function<String, C> fromWire) {
    String raw = entry.optString(codeField).orElse("");
    this.code = fromWire.apply(raw);
    this.problem = problem(entry, codeField, raw, code);
    this.modifiedFields = modifiedFields(entry);
    this.rawJson = Json.writeString(entry);
  }

  private static ReportedProblem problem(JsonValue entry, String codeField, String raw, ErrorCode code) {
    ReportedProblem.Builder problem = ReportedProblem.builder(code)
        .rawCode(raw)
        .message(entry.optString("message").orElse(""))
        .time(entry.optInstant("created_at").orElse(null));
    for (Map.Entry<String, JsonValue> field : entry.properties()) {
      String name = field.getKey();
      JsonValue value = field.getValue();
      if (name.equals(codeField) && value.isString() || OWN_FIELDS.contains(name) || value.isNull()) {
        continue;
      }
      problem.field(name, value.isString() ? value.stringValue() : Json.writeString(value));
    }
    return problem.build();
  }

  /** The {@code modified_fields} of an external modification; items without a string {@code field} skipped. */
  private static List<ModifiedField> modifiedFields(JsonValue entry) {
    List<ModifiedField> fields = new ArrayList<>();
    for (JsonValue item : entry.path("modified_fields")) {
      item.optString("field").ifPresent(field -> fields.add(
          new ModifiedField(field, item.optString("from").orElse(null), item.optString("to").orElse(null))));
    }
    return List.copyOf(fields);
  }

  /**
   * The typed code.
   *
   * @return the code; {@code UNKNOWN_TO_SDK_VERSION} for a code this SDK version does not know or a missing one
   */
  public C code() {
    return code;
  }

  /**
   * The entry as a vendor-neutral reported problem: raw code, Seam's message, {@code created_at}, the remedies
   * (for an unknown code, the catalog's fallback remedies of {@code UNKNOWN_TO_SDK_VERSION}) and Seam's other
   * fields of the entry.
   *
   * @return the problem
   */
  public ReportedProblem problem() {
    return problem;
  }

  /**
   * For an external modification (the error {@code conflicting_external_modification}, the warning
   * {@code external_modification_in_effect}): how the code was changed outside Seam.
   *
   * @return {@code modified} or {@code removed}, when Seam said
   */
  public Optional<String> changeType() {
    return problem.field("change_type");
  }

  /**
   * For an external modification (the error {@code conflicting_external_modification}, the warning
   * {@code external_modification_in_effect}): the fields changed outside Seam.
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

  /** Equal when of the same class with the same raw JSON. */
  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && rawJson.equals(((AccessCodeProblem<?>) o).rawJson);
  }

  @Override
  public final int hashCode() {
    return rawJson.hashCode();
  }

  /** What {@link #toString()} adds after the code: empty, or starting with {@code ", "}. */
  String toStringExtra() {
    return "";
  }

  /** Code and time (and an error's origin); the message and fields are left out (vendors have echoed PINs). */
  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + (code.isKnown() ? code.name() : "unknown '" + problem.rawCode() + "'")
        + toStringExtra() + problem.time().map(t -> ", createdAt=" + t).orElse("") + "]";
  }
}
