package dev.latchkey.seam.internal;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyResponseException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Seam's JSON trees leniently (unknown fields ignored, optional fields absent or null) and turns a
 * missing required field into a {@link LatchkeyResponseException}. Internal: not part of the public API.
 */
public final class Json {

  /** The shared mapper; thread-safe once built. */
  public static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private Json() {}

  /** A string field, or empty when absent, null or not a string. */
  public static Optional<String> optString(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isString() ? Optional.of(value.stringValue()) : Optional.empty();
  }

  /** A required string field. */
  public static String string(JsonNode node, String field, String what) {
    return optString(node, field).orElseThrow(() -> wrongShape(what + " has no string '" + field + "'"));
  }

  /** A boolean field, false when absent or not a boolean. */
  public static boolean flag(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isBoolean() && value.booleanValue();
  }

  /** An optional boolean field. */
  public static Optional<Boolean> optFlag(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isBoolean() ? Optional.of(value.booleanValue()) : Optional.empty();
  }

  /** An ISO-8601 timestamp field, or empty when absent or unreadable (timestamps are informational). */
  public static Optional<Instant> optInstant(JsonNode node, String field) {
    return optString(node, field).flatMap(Json::parseInstant);
  }

  private static Optional<Instant> parseInstant(String text) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(Instant.parse(text));
      } catch (DateTimeParseException again) {
        return Optional.empty();
      }
    }
  }

  /** A required object field. */
  public static JsonNode object(JsonNode node, String field, String what) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || !value.isObject()) {
      throw wrongShape(what + " has no object '" + field + "'");
    }
    return value;
  }

  /** An optional object field (absent or null gives empty). */
  public static Optional<JsonNode> optObject(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isObject() ? Optional.of(value) : Optional.empty();
  }

  /** The elements of an array field; absent or null gives an empty list, another type is an error. */
  public static List<JsonNode> array(JsonNode node, String field, String what) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw wrongShape(what + " has a '" + field + "' that is not an array");
    }
    List<JsonNode> items = new ArrayList<>(value.size());
    value.forEach(items::add);
    return items;
  }

  /** The strings of an array field, skipping non-strings. */
  public static List<String> strings(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    List<String> out = new ArrayList<>();
    if (value != null && value.isArray()) {
      value.forEach(item -> {
        if (item.isString()) {
          out.add(item.stringValue());
        }
      });
    }
    return out;
  }

  /** A Seam response whose JSON does not have the shape the SDK expects. */
  public static LatchkeyResponseException wrongShape(String problem) {
    return new LatchkeyResponseException(
        LatchkeyException.Details.builder()
            .vendor("seam")
            .message("Unexpected response from Seam: " + problem)
            .category(ErrorCategory.UNEXPECTED_RESPONSE)
            .build(),
        LatchkeyResponseException.Problem.WRONG_SHAPE);
  }
}
