package dev.latchkey.tapkey.internal;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.json.Json;
import dev.latchkey.core.json.JsonValue;
import dev.latchkey.tapkey.TapkeyErrorCode;
import java.time.Instant;

/**
 * Lenient readers of Tapkey's camelCase success bodies: a field of the wrong type reads as absent, except a
 * missing id, which is a {@link LatchkeyResponseException} ({@code WRONG_SHAPE}).
 */
public final class Fields {

  private Fields() {}

  /**
   * A string field that must be present.
   *
   * @param json the object
   * @param name the field
   * @param what the entity, for the message
   * @return the value
   * @throws LatchkeyResponseException when it is missing, blank or not a string
   */
  public static String requiredString(JsonValue json, String name, String what) {
    String value = string(json, name);
    if (value == null) {
      throw wrongShape("a " + what + " from Tapkey has no " + name);
    }
    return value;
  }

  /**
   * A string field.
   *
   * @param json the object
   * @param name the field
   * @return the value, or null when absent, blank or not a string
   */
  public static String string(JsonValue json, String name) {
    JsonValue value = json.path(name);
    return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
  }

  /**
   * A boolean field.
   *
   * @param json the object
   * @param name the field
   * @return the value; false when absent or not a boolean
   */
  public static boolean bool(JsonValue json, String name) {
    JsonValue value = json.path(name);
    return value.isBoolean() && value.booleanValue();
  }

  /**
   * An ISO-8601 timestamp field.
   *
   * @param json the object
   * @param name the field
   * @return the instant, or null when absent or unreadable
   */
  public static Instant instant(JsonValue json, String name) {
    String text = string(json, name);
    return text == null ? null : Json.parseInstant(text).orElse(null);
  }

  /**
   * An integer field.
   *
   * @param json the object
   * @param name the field
   * @return the value, or null when absent, not an integer or out of int range
   */
  public static Integer integer(JsonValue json, String name) {
    JsonValue value = json.path(name);
    if (!value.isNumber()) {
      return null;
    }
    try {
      return value.numberValue().intValueExact();
    } catch (ArithmeticException e) {
      return null;
    }
  }

  /**
   * Checks that a response body is a JSON array, as Tapkey's lists are.
   *
   * @param json the body
   * @param path the path called, for the message
   * @return the body
   * @throws LatchkeyResponseException when it is not an array
   */
  public static JsonValue array(JsonValue json, String path) {
    if (!json.isArray()) {
      throw wrongShape("Tapkey answered " + path + " with a JSON " + json.kind().name().toLowerCase(
          java.util.Locale.ROOT) + " where a list was expected");
    }
    return json;
  }

  /**
   * Checks that a response body is a JSON object.
   *
   * @param json the body
   * @param path the path called, for the message
   * @return the body
   * @throws LatchkeyResponseException when it is not an object
   */
  public static JsonValue object(JsonValue json, String path) {
    if (!json.isObject()) {
      throw wrongShape("Tapkey answered " + path + " with a JSON " + json.kind().name().toLowerCase(
          java.util.Locale.ROOT) + " where an object was expected");
    }
    return json;
  }

  private static LatchkeyResponseException wrongShape(String message) {
    return new LatchkeyResponseException(LatchkeyException.Details.builder()
        .vendor(TapkeyErrorCode.VENDOR)
        .message(message)
        .category(ErrorCategory.UNEXPECTED_RESPONSE)
        .retryable(false)
        .build(), LatchkeyResponseException.Problem.WRONG_SHAPE);
  }
}
