package dev.latchkey.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.json.JsonException.Reason;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonTest {

  private static JsonException failure(String json) {
    return catchThrowableOfType(JsonException.class, () -> Json.parse(json));
  }

  @Test
  void readsEveryKindAndKeepsPropertyOrder() {
    JsonValue root = Json.parse("{\"s\":\"x\",\"n\":-12.5e3,\"t\":true,\"f\":false,\"z\":null,"
        + "\"a\":[1,\"two\",{}],\"o\":{\"in\":[]}}");

    assertThat(root.isObject()).isTrue();
    assertThat(root.asMap().keySet()).containsExactly("s", "n", "t", "f", "z", "a", "o");
    assertThat(root.get("s").stringValue()).isEqualTo("x");
    assertThat(root.get("n").numberValue()).isEqualByComparingTo("-12500");
    assertThat(root.get("t").booleanValue()).isTrue();
    assertThat(root.get("f").isBoolean()).isTrue();
    assertThat(root.get("f").booleanValue()).isFalse();
    assertThat(root.get("z").isNull()).isTrue();
    assertThat(root.get("a").size()).isEqualTo(3);
    assertThat(root.get("a").path(1).stringValue()).isEqualTo("two");
    assertThat(root.path("o").path("in").isArray()).isTrue();
    assertThat(root.properties()).extracting(Map.Entry::getKey).startsWith("s", "n");
  }

  @Test
  void absentPropertiesAreNullFromGetAndMissingFromPathAndAccessorsNeverThrow() {
    JsonValue root = Json.parse("{\"a\":{\"b\":1},\"s\":\"x\"}");

    assertThat(root.get("nope")).isNull();
    assertThat(root.path("nope").isMissing()).isTrue();
    assertThat(root.path("nope").path("deeper").path(3).isMissing()).isTrue();
    assertThat(root.path("s").get("x")).isNull();
    assertThat(root.path("s").size()).isZero();
    assertThat(root.path("s").booleanValue()).isFalse();
    assertThat(root.path("a").stringValue()).isNull();
    assertThat(root.path("a").numberValue()).isNull();
    assertThat(root.path("a").items()).isEmpty();
    assertThat(root.path("a").path("b").asString()).isEqualTo("1");
    assertThat(root.has("a")).isTrue();
    assertThat(root.has("nope")).isFalse();
  }

  @Test
  void iteratesArrayItemsOnly() {
    List<String> seen = new ArrayList<>();
    Json.parse("[\"a\",\"b\"]").forEach(item -> seen.add(item.stringValue()));
    Json.parse("{\"k\":\"v\"}").forEach(item -> seen.add("object item"));

    assertThat(seen).containsExactly("a", "b");
  }

  @Test
  void numbersAreKeptExactly() {
    JsonValue numbers = Json.parse("[123456789012345678901234567890, -0.1, 1E+400, 2.50, -7, 0, 1e-400]");

    assertThat(numbers.path(0).numberValue()).isEqualTo(new BigDecimal("123456789012345678901234567890"));
    assertThat(numbers.path(1).numberValue()).isEqualTo(new BigDecimal("-0.1"));
    assertThat(numbers.path(2).numberValue()).isEqualTo(new BigDecimal("1E+400"));
    assertThat(numbers.path(3).numberValue()).isEqualTo(new BigDecimal("2.50"));
    assertThat(numbers.path(4).numberValue()).isEqualTo(BigDecimal.valueOf(-7));
    assertThat(numbers.path(6).numberValue()).isEqualTo(new BigDecimal("1E-400"));
    assertThat(Json.writeString(numbers))
        .isEqualTo("[123456789012345678901234567890,-0.1,1E+400,2.50,-7,0,1E-400]");
    assertThat(Json.parse("2.5")).isEqualTo(Json.parse("2.50")).hasSameHashCodeAs(Json.parse("2.50"));
  }

  @Test
  void escapesAndUnicodeRoundTrip() {
    String text = "quote \" backslash \\ slash / tab \t newline \n nul \u0000 é 日本 emoji \uD83D\uDD11";
    String json = Json.writeString(Map.of("k", text));

    assertThat(json).contains("\\\"", "\\\\", "\\t", "\\n", "\\u0000");
    assertThat(Json.parse(json).path("k").stringValue()).isEqualTo(text);
    assertThat(Json.parse(json.getBytes(StandardCharsets.UTF_8)).path("k").stringValue()).isEqualTo(text);
    assertThat(Json.parse("\"\\u00e9\\ud83d\\udd11\\/\"").stringValue()).isEqualTo("é\uD83D\uDD11/");
  }

  @Test
  void byteOrderMarksAndOtherUnicodeEncodingsAreRead() {
    byte[] utf8 = "{\"k\":\"é\"}".getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[utf8.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);

    assertThat(Json.parse(withBom).path("k").stringValue()).isEqualTo("é");
    assertThat(Json.parse("\uFEFF{\"k\":\"é\"}").path("k").stringValue()).isEqualTo("é");
    assertThat(Json.parse("{\"k\":\"é\"}".getBytes(StandardCharsets.UTF_16BE)).path("k").stringValue())
        .isEqualTo("é");
    assertThat(Json.parse("{\"k\":\"é\"}".getBytes(Charset.forName("UTF-32LE"))).path("k").stringValue())
        .isEqualTo("é");
  }

  @Test
  void tenThousandNestedArraysGiveTheTypedErrorNotAStackOverflow() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);

    JsonException e = catchThrowableOfType(JsonException.class, () -> Json.parse(deep));
    JsonException bytes = catchThrowableOfType(JsonException.class,
        () -> Json.parse(deep.getBytes(StandardCharsets.UTF_8)));
    JsonException objects = failure("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));

    assertThat(e.reason()).isEqualTo(Reason.TOO_DEEP);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.column()).isEqualTo(Json.MAX_DEPTH + 1);
    assertThat(e.category()).isEqualTo(ErrorCategory.UNEXPECTED_RESPONSE);
    assertThat(bytes.reason()).isEqualTo(Reason.TOO_DEEP);
    assertThat(objects.reason()).isEqualTo(Reason.TOO_DEEP);
  }

  @Test
  void nestingUpToTheLimitIsReadAndWrittenBack() {
    String atLimit = "[".repeat(Json.MAX_DEPTH) + "]".repeat(Json.MAX_DEPTH);

    JsonValue value = Json.parse(atLimit);

    assertThat(Json.writeString(value)).isEqualTo(atLimit);
    assertThat(failure("[" + atLimit + "]").reason()).isEqualTo(Reason.TOO_DEEP);
  }

  @Test
  void overlongStringsAndNumbersAreRefused() {
    assertThat(failure("\"" + "x".repeat(Json.MAX_STRING_LENGTH + 1) + "\"").reason()).isEqualTo(Reason.TOO_LONG);
    assertThat(failure("{\"" + "k".repeat(Json.MAX_STRING_LENGTH + 1) + "\":1}").reason())
        .isEqualTo(Reason.TOO_LONG);
    assertThat(failure("1" + "0".repeat(Json.MAX_NUMBER_LENGTH + 1)).reason()).isEqualTo(Reason.TOO_LONG);
    assertThat(failure("[1e9999999999]").reason()).isEqualTo(Reason.TOO_LONG);
    assertThat(Json.parse("1e999999999").numberValue()).isEqualTo(new BigDecimal("1E+999999999"));
    assertThat(Json.parse("\"" + "x".repeat(100_000) + "\"").stringValue()).hasSize(100_000);
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("", Reason.EMPTY, 0, 0),
        Arguments.of(" \n ", Reason.EMPTY, 0, 0),
        Arguments.of("{\"a\":1", Reason.TRUNCATED, 1, 7),
        Arguments.of("[1,2", Reason.TRUNCATED, 1, 5),
        Arguments.of("\"open", Reason.TRUNCATED, 1, 6),
        Arguments.of("{\"a\":1}\n{\"b\":2}", Reason.TRAILING_CONTENT, 2, 1),
        Arguments.of("{} x", Reason.MALFORMED, 1, 4),
        Arguments.of("{\"a\" 1}", Reason.MALFORMED, 1, 6),
        Arguments.of("{\n  \"a\": tru\n}", Reason.MALFORMED, 2, 8),
        Arguments.of("[1,]", Reason.MALFORMED, 1, 4),
        Arguments.of("{'a':1}", Reason.MALFORMED, 1, 2),
        Arguments.of("\"bad \\q escape\"", Reason.MALFORMED, 1, 7),
        Arguments.of("\"raw \t tab\"", Reason.MALFORMED, 1, 6),
        Arguments.of("NaN", Reason.MALFORMED, 1, 4),
        Arguments.of("01", Reason.MALFORMED, 1, 2),
        Arguments.of("{\"a\":1,\"a\":2}", Reason.DUPLICATE_KEY, 1, 8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedInputIsATypedErrorWithItsPosition(String json, Reason reason, int line, int column) {
    JsonException e = failure(json);

    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.line()).as("line").isEqualTo(line);
    assertThat(e.column()).as("column").isEqualTo(column);
    assertThat(e.getCause()).isNull();
    if (line > 0) {
      assertThat(e.getMessage()).endsWith("at line " + line + ", column " + column);
    }
  }

  @Test
  void messagesNeverQuoteTheInput() {
    for (String json : List.of("{\"pin\": 4821x}", "{\"pin\":\"4821\",\"pin\":\"4821\"}", "[4821 4821]",
        "{\"pin\":\"4821\"} 4821", "{\"pin\":\"4821")) {
      JsonException e = failure(json);
      assertThat(e.getMessage()).as(json).doesNotContain("4821");
      assertThat(e.toString()).as(json).doesNotContain("4821");
    }
  }

  @Test
  void invalidUtf8IsMalformed() {
    byte[] bad = {'"', (byte) 0xC3, (byte) 0x28, '"'};

    assertThat(catchThrowableOfType(JsonException.class, () -> Json.parse(bad)).reason())
        .isEqualTo(Reason.MALFORMED);
  }

  @Test
  void writesPlainJavaValues() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("s", "x");
    body.put("i", 3);
    body.put("l", 9_007_199_254_740_993L);
    body.put("d", 2.5);
    body.put("big", new BigDecimal("1.10"));
    body.put("b", true);
    body.put("n", null);
    body.put("at", Instant.parse("2026-01-02T03:04:05Z"));
    body.put("kind", Reason.TOO_DEEP);
    body.put("list", List.of(1, "two", List.of()));
    body.put("array", new Object[] {"a", null});
    body.put("tree", JsonValue.object().put("k", "v").build());

    assertThat(Json.writeString(body)).isEqualTo("{\"s\":\"x\",\"i\":3,\"l\":9007199254740993,\"d\":2.5,"
        + "\"big\":1.10,\"b\":true,\"n\":null,\"at\":\"2026-01-02T03:04:05Z\",\"kind\":\"TOO_DEEP\","
        + "\"list\":[1,\"two\",[]],\"array\":[\"a\",null],\"tree\":{\"k\":\"v\"}}");
    assertThat(Json.writeString(null)).isEqualTo("null");
  }

  @Test
  void valuesWithoutAJsonFormAreRefusedWithoutQuotingThem() {
    Map<String, Object> cyclic = new LinkedHashMap<>();
    cyclic.put("self", cyclic);
    Map<Object, Object> nullKey = new java.util.HashMap<>();
    nullKey.put(null, "4821");

    for (Object value : Arrays.asList(new Object(), Double.NaN, Float.POSITIVE_INFINITY, cyclic, nullKey,
        dev.latchkey.core.Secret.of("4821"), JsonValue.missing())) {
      JsonException e = catchThrowableOfType(JsonException.class, () -> Json.write(value));
      assertThat(e.reason()).isEqualTo(Reason.NOT_WRITABLE);
      assertThat(e.category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
      assertThat(e.getMessage()).doesNotContain("4821");
    }
  }

  @Test
  void treesRoundTrip() {
    JsonValue tree = JsonValue.object()
        .put("s", "x")
        .put("n", 3)
        .put("big", new BigDecimal("-1.5E-7"))
        .put("flag", false)
        .putNull("none")
        .put("o", JsonValue.object().put("inner", JsonValue.array().add("a").add(1).addNull()))
        .put("a", JsonValue.array().add(JsonValue.object().put("k", true)).add(JsonValue.array()))
        .build();

    String text = Json.writeString(tree);

    assertThat(text).isEqualTo("{\"s\":\"x\",\"n\":3,\"big\":-1.5E-7,\"flag\":false,\"none\":null,"
        + "\"o\":{\"inner\":[\"a\",1,null]},\"a\":[{\"k\":true},[]]}");
    assertThat(Json.parse(text)).isEqualTo(tree);
    assertThat(Json.parse(Json.write(tree))).isEqualTo(tree);
  }

  @Test
  void parsesTimestampsWithOffsetsAndFractions() {
    assertThat(Json.parseInstant("2026-01-01T10:00:00Z")).contains(Instant.parse("2026-01-01T10:00:00Z"));
    assertThat(Json.parseInstant("2026-01-01T11:00:00.250+01:00"))
        .contains(Instant.parse("2026-01-01T10:00:00.250Z"));
    assertThat(Json.parseInstant("2026-01-01")).isEmpty();
    assertThat(Json.parseInstant("yesterday")).isEmpty();
    assertThat(Json.parseInstant(null)).isEmpty();
  }
}
