package dev.latchkey.core.json;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyResponseException;
import java.util.List;
import java.util.Objects;

/**
 * Reads the required parts of one vendor's JSON answers: a missing or mistyped required field becomes that
 * vendor's {@link LatchkeyResponseException} ({@link LatchkeyResponseException.Problem#WRONG_SHAPE}, category
 * {@link ErrorCategory#UNEXPECTED_RESPONSE}, not retryable), never a null or a raw exception. Optional fields
 * are read with {@link JsonValue}'s {@code opt...} accessors. The messages name the field and what was read,
 * never a value (answers carry PINs and tokens). Immutable and thread-safe: one constant per vendor module.
 */
public final class JsonShape {

  private final String vendor;
  private final String vendorName;

  private JsonShape(String vendor, String vendorName) {
    this.vendor = vendor;
    this.vendorName = vendorName;
  }

  /**
   * The reader for one vendor.
   *
   * @param vendor the vendor id of the exceptions, as {@link LatchkeyException#vendor()} gives it
   * @param vendorName the vendor's name for messages, such as {@code Seam}
   * @return the reader
   */
  public static JsonShape of(String vendor, String vendorName) {
    return new JsonShape(Objects.requireNonNull(vendor, "vendor"), Objects.requireNonNull(vendorName, "vendorName"));
  }

  /**
   * The exception for an answer whose JSON does not have the documented shape.
   *
   * @param problem what is wrong, without values from the answer
   * @return the exception, message {@code Unexpected response from <vendor name>: <problem>}
   */
  public LatchkeyResponseException wrongShape(String problem) {
    return new LatchkeyResponseException(LatchkeyException.Details.builder()
        .vendor(vendor)
        .message("Unexpected response from " + vendorName + ": " + problem)
        .category(ErrorCategory.UNEXPECTED_RESPONSE)
        .retryable(false)
        .build(), LatchkeyResponseException.Problem.WRONG_SHAPE);
  }

  /**
   * A required string property.
   *
   * @param node the object to read from
   * @param name the property name
   * @param what what the object is, for the message (such as {@code an access code})
   * @return the string
   * @throws LatchkeyResponseException when it is absent, null or not a string
   */
  public String requireString(JsonValue node, String name, String what) {
    return node.optString(name).orElseThrow(() -> wrongShape(what + " has no string '" + name + "'"));
  }

  /**
   * A required integral property; see {@link JsonValue#optLong(String)} for what is accepted.
   *
   * @param node the object to read from
   * @param name the property name
   * @param what what the object is, for the message
   * @return the number
   * @throws LatchkeyResponseException when it is absent or not an integer that fits a long
   */
  public long requireLong(JsonValue node, String name, String what) {
    return node.optLong(name).orElseThrow(() -> wrongShape(what + " has no integer '" + name + "'"));
  }

  /**
   * A required object property.
   *
   * @param node the object to read from
   * @param name the property name
   * @param what what the object is, for the message
   * @return the object
   * @throws LatchkeyResponseException when it is absent, null or not an object
   */
  public JsonValue requireObject(JsonValue node, String name, String what) {
    return node.optObject(name).orElseThrow(() -> wrongShape(what + " has no object '" + name + "'"));
  }

  /**
   * The items of an array property that may be left out: absent or null gives no items, another kind is an
   * error (a list that cannot be read must not read as empty).
   *
   * @param node the object to read from
   * @param name the property name
   * @param what what the object is, for the message
   * @return the items, in order
   * @throws LatchkeyResponseException when the property is present but neither null nor an array
   */
  public List<JsonValue> items(JsonValue node, String name, String what) {
    JsonValue value = node.path(name);
    if (value.isMissing() || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw wrongShape(what + " has a '" + name + "' that is not an array");
    }
    return value.items();
  }

  /**
   * Requires a value to be an object.
   *
   * @param value the value read
   * @param what what it is, for the message
   * @return the value
   * @throws LatchkeyResponseException when it is not an object
   */
  public JsonValue requireObject(JsonValue value, String what) {
    if (!value.isObject()) {
      throw wrongShape(what + " is not a JSON object");
    }
    return value;
  }

  /** Shows the vendor. */
  @Override
  public String toString() {
    return "JsonShape[" + vendor + "]";
  }
}
