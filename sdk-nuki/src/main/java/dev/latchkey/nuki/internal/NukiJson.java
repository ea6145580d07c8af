package dev.latchkey.nuki.internal;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyResponseException;
import dev.latchkey.core.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads Nuki's JSON trees leniently (unknown fields ignored, optional fields absent or null) and turns a
 * missing required field into a {@link LatchkeyResponseException}. Internal: not part of the public API.
 */
public final class NukiJson {

  private NukiJson() {}

  /**
   * A string field.
   *
   * @param node an object, or anything else (gives empty)
   * @param field the field name
   * @return the value, or empty when absent, null or not a string
   */
  public static Optional<String> optString(JsonValue node, String field) {
    JsonValue value = node == null ? null : node.get(field);
    return value != null && value.isString() ? Optional.of(value.stringValue()) : Optional.empty();
  }

  /**
   * An integral number field that fits a long; a numeric string is accepted too (ids are sometimes quoted).
   *
   * @param node an object, or anything else (gives empty)
   * @param field the field name
   * @return the value, or empty when absent, not integral or out of range
   */
  public static OptionalLong optLong(JsonValue node, String field) {
    JsonValue value = node == null ? null : node.get(field);
    if (value == null) {
      return OptionalLong.empty();
    }
    try {
      if (value.isNumber()) {
        return OptionalLong.of(value.numberValue().longValueExact());
      }
      if (value.isString() && value.stringValue().length() <= 20) {
        return OptionalLong.of(new BigDecimal(value.stringValue().strip()).longValueExact());
      }
    } catch (ArithmeticException | NumberFormatException e) {
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  /**
   * A boolean field.
   *
   * @param node an object
   * @param field the field name
   * @return the value, or empty when absent or not a boolean
   */
  public static Optional<Boolean> optBoolean(JsonValue node, String field) {
    JsonValue value = node == null ? null : node.get(field);
    return value != null && value.isBoolean() ? Optional.of(value.booleanValue()) : Optional.empty();
  }

  /**
   * A timestamp field in ISO-8601 form.
   *
   * @param node an object
   * @param field the field name
   * @return the instant, or empty when absent or unreadable
   */
  public static Optional<Instant> optInstant(JsonValue node, String field) {
    return optString(node, field).flatMap(dev.latchkey.core.json.Json::parseInstant);
  }

  /**
   * A required integral field.
   *
   * @param node an object
   * @param field the field name
   * @param what what the object is, for the message
   * @return the value
   * @throws LatchkeyResponseException when it is absent or not an integer
   */
  public static long requiredLong(JsonValue node, String field, String what) {
    OptionalLong value = optLong(node, field);
    if (value.isEmpty()) {
      throw wrongShape(what + " has no integer '" + field + "'");
    }
    return value.getAsLong();
  }

  /**
   * A required string field.
   *
   * @param node an object
   * @param field the field name
   * @param what what the object is, for the message
   * @return the value
   * @throws LatchkeyResponseException when it is absent or not a string
   */
  public static String requiredString(JsonValue node, String field, String what) {
    return optString(node, field).orElseThrow(() -> wrongShape(what + " has no string '" + field + "'"));
  }

  /**
   * The exception for a successful answer whose JSON is not what the Web API documents.
   *
   * @param message what is wrong, without values from the body
   * @return the exception
   */
  public static LatchkeyResponseException wrongShape(String message) {
    return new LatchkeyResponseException(LatchkeyException.Details.builder()
        .vendor("nuki")
        .message("Unexpected answer from Nuki: " + message)
        .category(ErrorCategory.UNEXPECTED_RESPONSE)
        .retryable(false)
        .build(), LatchkeyResponseException.Problem.WRONG_SHAPE);
  }
}
