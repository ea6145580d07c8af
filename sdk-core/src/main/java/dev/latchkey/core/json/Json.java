package dev.latchkey.core.json;

import dev.latchkey.core.ErrorCode;
import dev.latchkey.core.json.JsonException.Reason;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads JSON text into {@link JsonValue} trees and writes trees and plain Java values as JSON, with bounds.
 *
 * <p>Reading is strict and bounded: exactly one JSON value (whitespace around it is fine, anything else after it
 * is {@link Reason#TRAILING_CONTENT}); nesting at most {@link #MAX_DEPTH} deep; strings and names at most
 * {@link #MAX_STRING_LENGTH} characters, numbers at most {@link #MAX_NUMBER_LENGTH} digits; a repeated property
 * name in one object is rejected ({@link Reason#DUPLICATE_KEY}): two readers of a signed payload must not be
 * able to see different values. Byte input may be UTF-8 (with or without a byte order mark), UTF-16 or UTF-32.
 * The tree is built without recursion, so hostile nesting costs a typed error, never a stack overflow.
 *
 * <p>Every failure is a {@link JsonException} with the line and column; its message never quotes the input.
 * Thread-safe.
 */
public final class Json {

  /** The deepest nesting of arrays and objects that is read or written. */
  public static final int MAX_DEPTH = 200;

  /** The longest string or property name read, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 1000;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          // One above ours: the tree builder reports TOO_DEEP itself, Jackson's check is the backstop.
          .maxNestingDepth(MAX_DEPTH + 1)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxNameLength(MAX_STRING_LENGTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .build())
      .build();

  private Json() {}

  /**
   * Reads one JSON value from bytes (UTF-8, UTF-16 or UTF-32, detected as RFC 4627 describes).
   *
   * @param json the JSON text
   * @return the value, never null (JSON {@code null} gives the null value)
   * @throws JsonException when the input is empty, not one well-formed JSON value or over a limit
   */
  public static JsonValue parse(byte[] json) {
    if (isBlank(json)) {
      throw new JsonException(Reason.EMPTY, "empty JSON input", 0, 0);
    }
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return read(parser);
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /**
   * Reads one JSON value from text.
   *
   * @param json the JSON text; a leading byte order mark is skipped
   * @return the value, never null (JSON {@code null} gives the null value)
   * @throws JsonException when the input is empty, not one well-formed JSON value or over a limit
   */
  public static JsonValue parse(String json) {
    String text = json.startsWith("\uFEFF") ? json.substring(1) : json;
    if (text.isBlank()) {
      throw new JsonException(Reason.EMPTY, "empty JSON input", 0, 0);
    }
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      return read(parser);
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /**
   * Writes a value as compact UTF-8 JSON.
   *
   * <p>Accepted values: {@link JsonValue}; null; {@link CharSequence}; {@link Boolean}; {@link Byte},
   * {@link Short}, {@link Integer}, {@link Long}, {@link BigInteger}, {@link BigDecimal}, finite {@link Float}
   * and {@link Double}; {@link Instant} as an ISO-8601 string ({@code 2026-01-01T00:00:00Z}); an
   * {@link ErrorCode} enum as its wire value and any other enum as its name; {@link Map} with non-null keys
   * (written with {@code toString()}); {@link Iterable} and {@code Object[]} as arrays; nested up to
   * {@link #MAX_DEPTH}. Anything else (including {@link dev.latchkey.core.Secret}: reveal it explicitly) is
   * rejected.
   *
   * @param value the value
   * @return the JSON bytes
   * @throws JsonException with {@link Reason#NOT_WRITABLE} for a value that has no JSON form
   */
  public static byte[] write(Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    try (JsonGenerator generator = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      write(generator, value, 0);
    } catch (JacksonException e) {
      throw new JsonException(Reason.NOT_WRITABLE, "cannot write JSON", 0, 0);
    }
    return out.toByteArray();
  }

  /**
   * Writes a value as compact JSON text; see {@link #write(Object)} for the values accepted.
   *
   * @param value the value
   * @return the JSON text
   * @throws JsonException with {@link Reason#NOT_WRITABLE} for a value that has no JSON form
   */
  public static String writeString(Object value) {
    return new String(write(value), StandardCharsets.UTF_8);
  }

  /**
   * The tree of a plain Java value; see {@link #write(Object)} for the values accepted.
   *
   * @param value the value
   * @return the tree (JSON null for null)
   * @throws JsonException with {@link Reason#NOT_WRITABLE} for a value that has no JSON form
   */
  public static JsonValue toTree(Object value) {
    if (value instanceof JsonValue) {
      return (JsonValue) value;
    }
    // Through the writer, so that a value converts exactly as it would be sent.
    return parse(write(value));
  }

  /**
   * Reads an ISO-8601 timestamp with an offset or {@code Z}, such as {@code 2026-01-01T10:00:00.123Z} or
   * {@code 2026-01-01T11:00:00+01:00}: the one timestamp reader of the SDK.
   *
   * @param text the text; null gives empty
   * @return the instant, or empty when the text is not such a timestamp
   */
  public static Optional<Instant> parseInstant(String text) {
    if (text == null) {
      return Optional.empty();
    }
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

  /** An object or array being read: the one it is nested in is below it on the stack. */
  private static final class Open {
    final LinkedHashMap<String, JsonValue> properties;
    final ArrayList<JsonValue> items;
    String name;

    Open(boolean object) {
      properties = object ? new LinkedHashMap<>() : null;
      items = object ? null : new ArrayList<>();
    }
  }

  private static JsonValue read(JsonParser parser) {
    ArrayDeque<Open> open = new ArrayDeque<>();
    JsonToken token = parser.nextToken();
    while (true) {
      if (token == null) {
        throw error(Reason.TRUNCATED, "truncated JSON", parser.currentLocation());
      }
      JsonValue done;
      switch (token) {
        case START_OBJECT:
        case START_ARRAY:
          if (open.size() >= MAX_DEPTH) {
            throw error(Reason.TOO_DEEP, "JSON nested deeper than " + MAX_DEPTH, parser.currentTokenLocation());
          }
          open.push(new Open(token == JsonToken.START_OBJECT));
          token = parser.nextToken();
          continue;
        case PROPERTY_NAME:
          Open object = open.peek();
          object.name = parser.currentName();
          if (object.properties.containsKey(object.name)) {
            throw error(Reason.DUPLICATE_KEY, "duplicate property name in a JSON object",
                parser.currentTokenLocation());
          }
          token = parser.nextToken();
          continue;
        case END_OBJECT:
          done = JsonValue.objectOf(open.pop().properties);
          break;
        case END_ARRAY:
          done = JsonValue.arrayOf(open.pop().items);
          break;
        case VALUE_STRING:
          done = JsonValue.of(parser.getString());
          break;
        case VALUE_NUMBER_INT:
          done = JsonValue.of(integer(parser));
          break;
        case VALUE_NUMBER_FLOAT:
          done = JsonValue.of(decimal(parser));
          break;
        case VALUE_TRUE:
          done = JsonValue.of(true);
          break;
        case VALUE_FALSE:
          done = JsonValue.of(false);
          break;
        case VALUE_NULL:
          done = JsonValue.nullValue();
          break;
        default:
          throw error(Reason.MALFORMED, "unexpected JSON token", parser.currentTokenLocation());
      }
      Open parent = open.peek();
      if (parent == null) {
        if (parser.nextToken() != null) {
          throw error(Reason.TRAILING_CONTENT, "content after the JSON value", parser.currentTokenLocation());
        }
        return done;
      }
      if (parent.properties != null) {
        parent.properties.put(parent.name, done);
      } else {
        parent.items.add(done);
      }
      token = parser.nextToken();
    }
  }

  private static BigDecimal integer(JsonParser parser) {
    switch (parser.getNumberType()) {
      case INT:
      case LONG:
        return BigDecimal.valueOf(parser.getLongValue());
      default:
        return new BigDecimal(parser.getBigIntegerValue());
    }
  }

  private static BigDecimal decimal(JsonParser parser) {
    try {
      return parser.getDecimalValue();
    } catch (NumberFormatException | ArithmeticException e) {
      // An exponent beyond BigDecimal's range, such as 1e9999999999.
      throw error(Reason.TOO_LONG, "JSON number out of range", parser.currentTokenLocation());
    }
  }

  private static JsonException translate(JacksonException e) {
    if (e instanceof UnexpectedEndOfInputException) {
      return error(Reason.TRUNCATED, "truncated JSON", e.getLocation());
    }
    if (e instanceof StreamConstraintsException) {
      return error(Reason.TOO_LONG, "JSON value over the reader's limits", e.getLocation());
    }
    // Jackson's own message quotes the offending input (a PIN, a token): only the position is kept.
    return error(Reason.MALFORMED, "malformed JSON", e.getLocation());
  }

  private static JsonException error(Reason reason, String message, TokenStreamLocation location) {
    return location == null ? new JsonException(reason, message, 0, 0)
        : new JsonException(reason, message, location.getLineNr(), location.getColumnNr());
  }

  private static boolean isBlank(byte[] json) {
    for (byte b : json) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }

  private static void write(JsonGenerator out, Object value, int depth) {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof JsonValue) {
      writeTree(out, (JsonValue) value, depth);
    } else if (value instanceof CharSequence) {
      out.writeString(value.toString());
    } else if (value instanceof Boolean) {
      out.writeBoolean((Boolean) value);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short
        || value instanceof Byte) {
      out.writeNumber(((Number) value).longValue());
    } else if (value instanceof BigDecimal) {
      out.writeNumber((BigDecimal) value);
    } else if (value instanceof BigInteger) {
      out.writeNumber((BigInteger) value);
    } else if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (!Double.isFinite(number)) {
        throw notWritable("a non-finite number");
      }
      out.writeNumber(number);
    } else if (value instanceof Instant) {
      out.writeString(value.toString());
    } else if (value instanceof ErrorCode && value instanceof Enum) {
      out.writeString(((ErrorCode) value).wireValue());
    } else if (value instanceof Enum) {
      out.writeString(((Enum<?>) value).name());
    } else if (value instanceof Map) {
      checkDepth(depth);
      out.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (entry.getKey() == null) {
          throw notWritable("a map with a null key");
        }
        out.writeName(entry.getKey().toString());
        write(out, entry.getValue(), depth + 1);
      }
      out.writeEndObject();
    } else if (value instanceof Iterable) {
      checkDepth(depth);
      out.writeStartArray();
      for (Object item : (Iterable<?>) value) {
        write(out, item, depth + 1);
      }
      out.writeEndArray();
    } else if (value instanceof Object[]) {
      checkDepth(depth);
      out.writeStartArray();
      for (Object item : (Object[]) value) {
        write(out, item, depth + 1);
      }
      out.writeEndArray();
    } else {
      throw notWritable("a " + value.getClass().getSimpleName());
    }
  }

  private static void writeTree(JsonGenerator out, JsonValue value, int depth) {
    switch (value.kind()) {
      case OBJECT:
        checkDepth(depth);
        out.writeStartObject();
        for (Map.Entry<String, JsonValue> entry : value.properties()) {
          out.writeName(entry.getKey());
          writeTree(out, entry.getValue(), depth + 1);
        }
        out.writeEndObject();
        break;
      case ARRAY:
        checkDepth(depth);
        out.writeStartArray();
        for (JsonValue item : value) {
          writeTree(out, item, depth + 1);
        }
        out.writeEndArray();
        break;
      case STRING:
        out.writeString(value.stringValue());
        break;
      case NUMBER:
        out.writeNumber(value.numberValue());
        break;
      case BOOLEAN:
        out.writeBoolean(value.booleanValue());
        break;
      case NULL:
        out.writeNull();
        break;
      default:
        throw notWritable("the missing value");
    }
  }

  private static void checkDepth(int depth) {
    if (depth >= MAX_DEPTH) {
      throw notWritable("a value nested deeper than " + MAX_DEPTH + " (a cycle?)");
    }
  }

  private static JsonException notWritable(String what) {
    return new JsonException(Reason.NOT_WRITABLE, "cannot write " + what + " as JSON", 0, 0);
  }
}
