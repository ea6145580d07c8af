package dev.latchkey.seam.internal;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.json.JsonValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Seam's JSON trees (parsed by sdk-core's {@link dev.latchkey.core.json.Json}) leniently: unknown fields
 * ignored, optional fields absent or null; turns a missing required field into a Seam
 * {@link LatchkeyResponseException}. Internal: not part of the public API.
 */
public final class Json {

  private Json() {}

  /**
   * A string field, or empty when absent, null or not a string.
   *
   * @param node the JSON object to read from; null reads as an empty object
   * @param field the field's name
   * @return a string field, or empty when absent, null or not a string
   */
  public static Optional<String> optString(JsonValue node, String field) {
    JsonValue value = node == null ? null : node.get(field);
    return value != null && value.isString() ? Optional.of(value.stringValue()) : Optional.empty();
  }

  /**
   * A required string field.
   *
   * @param node the JSON object to read from; null reads as an empty object
   * @param field the field's name
   * @param what what the object is, for the error message
   * @return a required string field
   * @throws LatchkeyResponseException when the field is missing or of another type
   */
  public static String string(JsonValue node, String field, String what) {
    return optString(node, field).orElseThrow(() -> wrongShape(what + " has no string '" + field + "'"));
  }

  /**
   * A boolean field, false when absent or not a boolean.
   *
   * @param node the JSON object to read from; null reads as an empty object
   * @param field the field's name
   * @return a boolean field, false when absent or not a boolean
   */
  public static boolean flag(JsonValue node, String field) {
    JsonValue value = node == null ? null : node.get(field);
    return value != null && value.isBoolean() && value.booleanValue();
  }

  /**
   * An optional boolean field.
   *
   * @param node the JSON object to read from; null reads as an empty object
   * @param field the field's name
   * @return an optional boolean field
   */
  public static Optional<Boolean> optFlag(JsonValue node, String field) {
    JsonValue value = node == null ? null : node.get(field);
    return value != null && value.isBoolean() ? Optional.of(value.booleanValue()) : Optional.empty();
  }

  /**
   * An ISO-8601 timestamp field, or empty when absent or unreadable (timestamps are informational).
   *
   * @param node the JSON object to read from; null reads as an empty object
   * @param field the field's name
   * @return an ISO-8601 timestamp field, or empty when absent or unreadable (timestamps are informational)
   */
  public static Optional<Instant> optInstant(JsonValue node, String field) {
    return optString(node, field).flatMap(dev.latchkey.core.json.Json::parseInstant);
  }

  /**
   * A required object field.
   *
   * @param node the JSON object to read from; null reads as an empty object
   * @param field the field's name
   * @param what what the object is, for the error message
   * @return a required object field
   * @throws LatchkeyResponseException when the field is missing or of another type
   */
  public static JsonValue object(JsonValue node, String field, String what) {
    JsonValue value = node == null ? null : node.get(field);
    if (value == null || !value.isObject()) {
      throw wrongShape(what + " has no object '" + field + "'");
    }
    return value;
  }

  /**
   * An optional object field (absent or null gives empty).
   *
   * @param node the JSON object to read from; null reads as an empty object
   * @param field the field's name
   * @return an optional object field (absent or null gives empty)
   */
  public static Optional<JsonValue> optObject(JsonValue node, String field) {
    JsonValue value = node == null ? null : node.get(field);
    return value != null && value.isObject() ? Optional.of(value) : Optional.empty();
  }

  /**
   * The elements of an array field; absent or null gives an empty list, another type is an error.
   *
   * @param node the JSON object to read from; null reads as an empty object
   * @param field the field's name
   * @param what what the object is, for the error message
   * @return the elements of an array field; absent or null gives an empty list, another type is an error
   * @throws LatchkeyResponseException when the field is missing or of another type
   */
  public static List<JsonValue> array(JsonValue node, String field, String what) {
    JsonValue value = node == null ? null : node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw wrongShape(what + " has a '" + field + "' that is not an array");
    }
    return value.items();
  }

  /**
   * The strings of an array field, skipping non-strings.
   *
   * @param node the JSON object to read from; null reads as an empty object
   * @param field the field's name
   * @return the strings of an array field, skipping non-strings
   */
  public static List<String> strings(JsonValue node, String field) {
    JsonValue value = node == null ? null : node.get(field);
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

  /**
   * A Seam response whose JSON does not have the shape the SDK expects.
   *
   * @param problem what is wrong, for the message
   * @return a Seam response whose JSON does not have the shape the SDK expects
   */
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
