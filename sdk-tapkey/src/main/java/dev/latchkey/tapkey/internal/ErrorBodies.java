package dev.latchkey.tapkey.internal;

import dev.latchkey.core.http.ErrorResponse;
import dev.latchkey.core.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Readers shared by the decoders: redacted string fields, header values, status categories. */
final class ErrorBodies {

  private ErrorBodies() {}

  /** The body as a JSON object, or missing when it is not one. */
  static JsonValue object(ErrorResponse response) {
    return response.bodyJson().filter(JsonValue::isObject).orElse(JsonValue.missing());
  }

  /** A string field (also accepted in camelCase), redacted and bounded like any server text; null if absent. */
  static String text(ErrorResponse response, JsonValue body, String name) {
    JsonValue value = body.path(name);
    if (!value.isString()) {
      value = body.path(Character.toLowerCase(name.charAt(0)) + name.substring(1));
    }
    if (!value.isString() || value.stringValue().isBlank()) {
      return null;
    }
    return redacted(response, value.stringValue());
  }

  /** Server text through the transport's redactor and known secrets. */
  static String redacted(ErrorResponse response, String text) {
    return text == null ? null : response.toDetails().message(text).build().message().orElse(null);
  }

  /** Every value of a header, whatever the case of its name. */
  static List<String> headerValues(ErrorResponse response, String name) {
    List<String> values = new ArrayList<>();
    for (Map.Entry<String, List<String>> header : response.headers().entrySet()) {
      if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
        values.addAll(header.getValue());
      }
    }
    return values;
  }

  /** What to say about a body that is not the expected JSON. */
  static String describeBody(ErrorResponse response) {
    String kind = response.contentType().orElse("no content type");
    String excerpt = response.snippet(120);
    return kind + (response.bodyUnreadable() ? ", unreadable body"
        : excerpt.isEmpty() ? ", empty body" : ": " + excerpt);
  }
}
