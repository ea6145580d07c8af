package dev.latchkey.core.json;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * An immutable JSON value: an object, array, string, number, boolean or null, or the "missing" value that
 * {@link #path(String)} gives for an absent property (so that chains like {@code root.path("a").path("b")}
 * need no null checks).
 *
 * <p>The accessors never throw on a value of another kind: {@link #get(String)} gives null, {@link #path(String)}
 * the missing value, {@link #stringValue()} null, {@link #booleanValue()} false, {@link #size()} 0, and the
 * {@code opt...} accessors of a property ({@link #optString(String)}, {@link #optLong(String)}...) empty: they
 * read the optional fields of an API's answer leniently. Required fields are read with {@link JsonShape}. Object
 * properties keep their order. Numbers keep their exact decimal value ({@link #numberValue()}).
 *
 * <p>{@link #toString()} shows the kind and size only, never content: trees carry PINs and tokens. Use
 * {@link Json#writeString(Object)} for the JSON text. Thread-safe.
 */
public final class JsonValue implements Iterable<JsonValue> {

  /** The kind of a JSON value. */
  public enum Kind {
    /** A JSON object. */
    OBJECT,
    /** A JSON array. */
    ARRAY,
    /** A JSON string. */
    STRING,
    /** A JSON number. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** JSON {@code null}. */
    NULL,
    /** No value: what {@link JsonValue#path(String)} gives for an absent property. */
    MISSING
  }

  private static final JsonValue NULL = new JsonValue(Kind.NULL, null);
  private static final JsonValue MISSING = new JsonValue(Kind.MISSING, null);
  private static final JsonValue TRUE = new JsonValue(Kind.BOOLEAN, Boolean.TRUE);
  private static final JsonValue FALSE = new JsonValue(Kind.BOOLEAN, Boolean.FALSE);
  private static final JsonValue EMPTY_OBJECT = new JsonValue(Kind.OBJECT, Map.of());
  private static final JsonValue EMPTY_ARRAY = new JsonValue(Kind.ARRAY, List.of());

  private final Kind kind;
  /** String, BigDecimal, Boolean, an unmodifiable List of items or an unmodifiable ordered Map; null else. */
  private final Object value;

  private JsonValue(Kind kind, Object value) {
    this.kind = kind;
    this.value = value;
  }

  /**
   * A JSON string.
   *
   * @param text the string
   * @return the value; JSON null when {@code text} is null
   */
  public static JsonValue of(String text) {
    return text == null ? NULL : new JsonValue(Kind.STRING, text);
  }

  /**
   * A JSON boolean.
   *
   * @param flag the boolean
   * @return the value
   */
  public static JsonValue of(boolean flag) {
    return flag ? TRUE : FALSE;
  }

  /**
   * A JSON number.
   *
   * @param number the number
   * @return the value
   */
  public static JsonValue of(long number) {
    return new JsonValue(Kind.NUMBER, BigDecimal.valueOf(number));
  }

  /**
   * A JSON number, exactly as given.
   *
   * @param number the number
   * @return the value; JSON null when {@code number} is null
   */
  public static JsonValue of(BigDecimal number) {
    return number == null ? NULL : new JsonValue(Kind.NUMBER, number);
  }

  /**
   * JSON null.
   *
   * @return the null value
   */
  public static JsonValue nullValue() {
    return NULL;
  }

  /**
   * The missing value, for "no such property".
   *
   * @return the missing value
   */
  public static JsonValue missing() {
    return MISSING;
  }

  /**
   * A builder for a JSON object.
   *
   * @return a new, empty builder
   */
  public static ObjectBuilder object() {
    return new ObjectBuilder();
  }

  /**
   * A builder for a JSON array.
   *
   * @return a new, empty builder
   */
  public static ArrayBuilder array() {
    return new ArrayBuilder();
  }

  static JsonValue objectOf(LinkedHashMap<String, JsonValue> properties) {
    return properties.isEmpty() ? EMPTY_OBJECT
        : new JsonValue(Kind.OBJECT, Collections.unmodifiableMap(properties));
  }

  static JsonValue arrayOf(ArrayList<JsonValue> items) {
    return items.isEmpty() ? EMPTY_ARRAY : new JsonValue(Kind.ARRAY, Collections.unmodifiableList(items));
  }

  /**
   * The kind of this value.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether this is an object.
   *
   * @return true for an object
   */
  public boolean isObject() {
    return kind == Kind.OBJECT;
  }

  /**
   * Whether this is an array.
   *
   * @return true for an array
   */
  public boolean isArray() {
    return kind == Kind.ARRAY;
  }

  /**
   * Whether this is a string.
   *
   * @return true for a string
   */
  public boolean isString() {
    return kind == Kind.STRING;
  }

  /**
   * Whether this is a number.
   *
   * @return true for a number
   */
  public boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /**
   * Whether this is a boolean.
   *
   * @return true for {@code true} and {@code false}
   */
  public boolean isBoolean() {
    return kind == Kind.BOOLEAN;
  }

  /**
   * Whether this is JSON null.
   *
   * @return true for null (not for the missing value)
   */
  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /**
   * Whether this is the missing value.
   *
   * @return true for the missing value
   */
  public boolean isMissing() {
    return kind == Kind.MISSING;
  }

  /**
   * Whether this is a string, number or boolean.
   *
   * @return true for a scalar other than null
   */
  public boolean isScalar() {
    return kind == Kind.STRING || kind == Kind.NUMBER || kind == Kind.BOOLEAN;
  }

  /**
   * A property of an object.
   *
   * @param name the property name
   * @return the property's value (possibly JSON null), or null when absent or when this is not an object
   */
  public JsonValue get(String name) {
    return kind == Kind.OBJECT ? asMap().get(name) : null;
  }

  /**
   * An item of an array.
   *
   * @param index the index
   * @return the item, or null when out of range or when this is not an array
   */
  public JsonValue get(int index) {
    List<JsonValue> items = items();
    return index >= 0 && index < items.size() ? items.get(index) : null;
  }

  /**
   * A property of an object, never null.
   *
   * @param name the property name
   * @return the property's value, or the {@linkplain #missing() missing value} when absent or when this is not
   *     an object
   */
  public JsonValue path(String name) {
    JsonValue found = get(name);
    return found == null ? MISSING : found;
  }

  /**
   * An item of an array, never null.
   *
   * @param index the index
   * @return the item, or the {@linkplain #missing() missing value}
   */
  public JsonValue path(int index) {
    JsonValue found = get(index);
    return found == null ? MISSING : found;
  }

  /**
   * Whether an object has a property (possibly with the value null).
   *
   * @param name the property name
   * @return true when present
   */
  public boolean has(String name) {
    return get(name) != null;
  }

  /**
   * A string property: the lenient read of an optional field.
   *
   * @param name the property name
   * @return its text, or empty when absent, null or not a string, or when this is not an object
   */
  public Optional<String> optString(String name) {
    JsonValue found = get(name);
    return found != null && found.kind == Kind.STRING ? Optional.of((String) found.value) : Optional.empty();
  }

  /**
   * A boolean property.
   *
   * @param name the property name
   * @return its value, or empty when absent, null or not a boolean, or when this is not an object
   */
  public Optional<Boolean> optBoolean(String name) {
    JsonValue found = get(name);
    return found != null && found.kind == Kind.BOOLEAN ? Optional.of((Boolean) found.value) : Optional.empty();
  }

  /**
   * An integral number property that fits a {@code long}. A string holding such a number (at most 20
   * characters, surrounding whitespace ignored) is accepted too: some APIs quote their ids.
   *
   * @param name the property name
   * @return its value, or empty when absent, null, not integral, out of range or of another kind
   */
  public OptionalLong optLong(String name) {
    JsonValue found = get(name);
    if (found == null) {
      return OptionalLong.empty();
    }
    try {
      if (found.kind == Kind.NUMBER) {
        return OptionalLong.of(((BigDecimal) found.value).longValueExact());
      }
      if (found.kind == Kind.STRING && ((String) found.value).length() <= 20) {
        return OptionalLong.of(new BigDecimal(((String) found.value).strip()).longValueExact());
      }
    } catch (ArithmeticException | NumberFormatException e) {
      // Not an integer that fits: the same as absent for a lenient read.
      return OptionalLong.empty();
    }
    return OptionalLong.empty();
  }

  /**
   * An ISO-8601 timestamp property, read as {@link Json#parseInstant(String)} reads it.
   *
   * @param name the property name
   * @return the instant, or empty when absent, not a string or not such a timestamp
   */
  public Optional<Instant> optInstant(String name) {
    return optString(name).flatMap(Json::parseInstant);
  }

  /**
   * An object property.
   *
   * @param name the property name
   * @return the object, or empty when absent, null or not an object
   */
  public Optional<JsonValue> optObject(String name) {
    JsonValue found = get(name);
    return found != null && found.kind == Kind.OBJECT ? Optional.of(found) : Optional.empty();
  }

  /**
   * The strings of an array property, other items skipped.
   *
   * @param name the property name
   * @return an unmodifiable list, in order; empty when absent or not an array
   */
  public List<String> optStrings(String name) {
    List<String> out = new ArrayList<>();
    for (JsonValue item : path(name)) {
      if (item.kind == Kind.STRING) {
        out.add((String) item.value);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The text of a string.
   *
   * @return the string, or null when this is not a string
   */
  public String stringValue() {
    return kind == Kind.STRING ? (String) value : null;
  }

  /**
   * The value of a boolean.
   *
   * @return the boolean; false when this is not a boolean
   */
  public boolean booleanValue() {
    return kind == Kind.BOOLEAN && (Boolean) value;
  }

  /**
   * The exact value of a number.
   *
   * @return the number, or null when this is not a number
   */
  public BigDecimal numberValue() {
    return kind == Kind.NUMBER ? (BigDecimal) value : null;
  }

  /**
   * A scalar as text: a string's text, a number's decimal form, {@code true} or {@code false}.
   *
   * @return the text; empty for null, missing, objects and arrays
   */
  public String asString() {
    switch (kind) {
      case STRING:
        return (String) value;
      case NUMBER:
        return ((BigDecimal) value).toString();
      case BOOLEAN:
        return value.toString();
      default:
        return "";
    }
  }

  /**
   * The number of items of an array or properties of an object.
   *
   * @return the size; 0 for other kinds
   */
  public int size() {
    return kind == Kind.OBJECT ? asMap().size() : items().size();
  }

  /**
   * The properties of an object as an ordered map.
   *
   * @return an unmodifiable ordered map; empty when this is not an object
   */
  @SuppressWarnings("unchecked")
  public Map<String, JsonValue> asMap() {
    return kind == Kind.OBJECT ? (Map<String, JsonValue>) value : Map.of();
  }

  /**
   * The properties of an object, in order, as entries (as {@code JsonNode.properties()} gives them).
   *
   * @return an unmodifiable ordered set of entries; empty when this is not an object
   */
  public Set<Map.Entry<String, JsonValue>> properties() {
    return asMap().entrySet();
  }

  /**
   * The items of an array.
   *
   * @return an unmodifiable list; empty when this is not an array
   */
  @SuppressWarnings("unchecked")
  public List<JsonValue> items() {
    return kind == Kind.ARRAY ? (List<JsonValue>) value : List.of();
  }

  /**
   * Iterates over the items of an array; nothing for other kinds.
   *
   * @return an iterator over the items
   */
  @Override
  public Iterator<JsonValue> iterator() {
    return items().iterator();
  }

  /**
   * Equal kinds and equal content; numbers compare by value ({@code 1.0} equals {@code 1}), objects ignore
   * property order.
   */
  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof JsonValue)) {
      return false;
    }
    JsonValue other = (JsonValue) o;
    if (kind != other.kind) {
      return false;
    }
    if (kind == Kind.NUMBER) {
      return ((BigDecimal) value).compareTo((BigDecimal) other.value) == 0;
    }
    return Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    if (kind == Kind.NUMBER) {
      BigDecimal number = (BigDecimal) value;
      return number.signum() == 0 ? 0 : number.stripTrailingZeros().hashCode();
    }
    return kind.hashCode() * 31 + Objects.hashCode(value);
  }

  /** The kind and size; never the content, which may be secret. */
  @Override
  public String toString() {
    switch (kind) {
      case OBJECT:
        return "JsonValue{object, " + size() + " properties}";
      case ARRAY:
        return "JsonValue{array, " + size() + " items}";
      default:
        return "JsonValue{" + kind.name().toLowerCase(Locale.ROOT) + "}";
    }
  }

  /** Builds a JSON object; a second {@code put} of a name replaces the value in place. Not thread-safe. */
  public static final class ObjectBuilder {
    private final LinkedHashMap<String, JsonValue> properties = new LinkedHashMap<>();

    private ObjectBuilder() {}

    /**
     * Sets a property.
     *
     * @param name the name
     * @param value the value; null gives JSON null
     * @return this builder
     * @throws IllegalArgumentException when {@code value} is the {@linkplain #missing() missing value}
     */
    public ObjectBuilder put(String name, JsonValue value) {
      Objects.requireNonNull(name, "name");
      if (value != null && value.isMissing()) {
        throw new IllegalArgumentException("the missing value cannot be a property: " + name);
      }
      properties.put(name, value == null ? NULL : value);
      return this;
    }

    /**
     * Sets a string property.
     *
     * @param name the name
     * @param value the string; null gives JSON null
     * @return this builder
     */
    public ObjectBuilder put(String name, String value) {
      return put(name, JsonValue.of(value));
    }

    /**
     * Sets a number property.
     *
     * @param name the name
     * @param value the number
     * @return this builder
     */
    public ObjectBuilder put(String name, long value) {
      return put(name, JsonValue.of(value));
    }

    /**
     * Sets a number property.
     *
     * @param name the name
     * @param value the number; null gives JSON null
     * @return this builder
     */
    public ObjectBuilder put(String name, BigDecimal value) {
      return put(name, JsonValue.of(value));
    }

    /**
     * Sets a boolean property.
     *
     * @param name the name
     * @param value the boolean
     * @return this builder
     */
    public ObjectBuilder put(String name, boolean value) {
      return put(name, JsonValue.of(value));
    }

    /**
     * Sets an object property from a builder (built now).
     *
     * @param name the name
     * @param value the builder of the object
     * @return this builder
     */
    public ObjectBuilder put(String name, ObjectBuilder value) {
      return put(name, value.build());
    }

    /**
     * Sets an array property from a builder (built now).
     *
     * @param name the name
     * @param value the builder of the array
     * @return this builder
     */
    public ObjectBuilder put(String name, ArrayBuilder value) {
      return put(name, value.build());
    }

    /**
     * Sets a property to JSON null.
     *
     * @param name the name
     * @return this builder
     */
    public ObjectBuilder putNull(String name) {
      return put(name, NULL);
    }

    /**
     * Copies all properties of an object.
     *
     * @param object an object value
     * @return this builder
     * @throws IllegalArgumentException when {@code object} is not an object
     */
    public ObjectBuilder putAll(JsonValue object) {
      if (!object.isObject()) {
        throw new IllegalArgumentException("not a JSON object: " + object);
      }
      properties.putAll(object.asMap());
      return this;
    }

    /**
     * Builds the object; the builder stays usable and later changes do not affect the built value.
     *
     * @return the object
     */
    public JsonValue build() {
      return objectOf(new LinkedHashMap<>(properties));
    }
  }

  /** Builds a JSON array. Not thread-safe. */
  public static final class ArrayBuilder {
    private final ArrayList<JsonValue> items = new ArrayList<>();

    private ArrayBuilder() {}

    /**
     * Appends a value.
     *
     * @param value the value; null gives JSON null
     * @return this builder
     * @throws IllegalArgumentException when {@code value} is the {@linkplain #missing() missing value}
     */
    public ArrayBuilder add(JsonValue value) {
      if (value != null && value.isMissing()) {
        throw new IllegalArgumentException("the missing value cannot be an array item");
      }
      items.add(value == null ? NULL : value);
      return this;
    }

    /**
     * Appends a string.
     *
     * @param value the string; null gives JSON null
     * @return this builder
     */
    public ArrayBuilder add(String value) {
      return add(JsonValue.of(value));
    }

    /**
     * Appends a number.
     *
     * @param value the number
     * @return this builder
     */
    public ArrayBuilder add(long value) {
      return add(JsonValue.of(value));
    }

    /**
     * Appends a boolean.
     *
     * @param value the boolean
     * @return this builder
     */
    public ArrayBuilder add(boolean value) {
      return add(JsonValue.of(value));
    }

    /**
     * Appends an object from a builder (built now).
     *
     * @param value the builder of the object
     * @return this builder
     */
    public ArrayBuilder add(ObjectBuilder value) {
      return add(value.build());
    }

    /**
     * Appends an array from a builder (built now).
     *
     * @param value the builder of the array
     * @return this builder
     */
    public ArrayBuilder add(ArrayBuilder value) {
      return add(value.build());
    }

    /**
     * Appends JSON null.
     *
     * @return this builder
     */
    public ArrayBuilder addNull() {
      return add(NULL);
    }

    /**
     * Builds the array; the builder stays usable and later changes do not affect the built value.
     *
     * @return the array
     */
    public JsonValue build() {
      return arrayOf(new ArrayList<>(items));
    }
  }
}
