package dev.latchkey.seam;

import dev.latchkey.core.ErrorCode;
import dev.latchkey.core.ReportedProblem;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.seam.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one entry of an access code's {@code errors} or {@code warnings} into a {@link ReportedProblem},
 * leniently: an entry without a string code, or that is not an object, is kept as an unknown problem with its
 * raw JSON instead of failing the whole answer.
 */
final class SeamProblems {

  /** Fields the {@link ReportedProblem} holds itself; the rest of the entry goes into its fields. */
  private static final Set<String> OWN_FIELDS = Set.of("message", "created_at");

  private SeamProblems() {}

  static <C extends ErrorCode> ReportedProblem read(JsonValue entry, String codeField, Function<String, C> fromWire) {
    String raw = Json.optString(entry, codeField).orElse("");
    ReportedProblem.Builder problem = ReportedProblem.builder(fromWire.apply(raw))
        .rawCode(raw)
        .message(Json.optString(entry, "message").orElse(""))
        .time(Json.optInstant(entry, "created_at").orElse(null));
    if (entry.isObject()) {
      for (Map.Entry<String, JsonValue> field : entry.properties()) {
        String name = field.getKey();
        JsonValue value = field.getValue();
        if (name.equals(codeField) && value.isString() || OWN_FIELDS.contains(name) || value.isNull()) {
          continue;
        }
        problem.field(name, value.isString() ? value.stringValue() : dev.latchkey.core.json.Json.writeString(value));
      }
    }
    return problem.build();
  }

  /** The {@code modified_fields} of an external modification; items without a string {@code field} skipped. */
  static List<ModifiedField> modifiedFields(JsonValue entry) {
    List<ModifiedField> fields = new ArrayList<>();
    JsonValue items = entry.get("modified_fields");
    if (items != null && items.isArray()) {
      for (JsonValue item : items.items()) {
        Json.optString(item, "field").ifPresent(field -> fields.add(new ModifiedField(
            field, Json.optString(item, "from").orElse(null), Json.optString(item, "to").orElse(null))));
      }
    }
    return List.copyOf(fields);
  }

  /** The entry as Seam sent it, as JSON text. */
  static String rawJson(JsonValue entry) {
    return dev.latchkey.core.json.Json.writeString(entry);
  }
}
