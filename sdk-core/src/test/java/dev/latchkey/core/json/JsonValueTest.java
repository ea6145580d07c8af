package dev.latchkey.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyResponseException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonValueTest {

  @Test
  void builtValuesAreImmutableAndBuildersStayUsable() {
    JsonValue.ObjectBuilder builder = JsonValue.object().put("a", 1);
    JsonValue first = builder.build();
    builder.put("b", 2).put("a", "replaced");
    JsonValue second = builder.build();

    assertThat(first.asMap()).containsOnlyKeys("a");
    assertThat(second.asMap().keySet()).containsExactly("a", "b");
    assertThat(second.path("a").stringValue()).isEqualTo("replaced");
    assertThatThrownBy(() -> second.asMap().put("c", JsonValue.of(3)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> Json.parse("[1]").items().add(JsonValue.nullValue()))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equalityIsByContent() {
    assertThat(JsonValue.object().put("a", 1).put("b", "x").build())
        .isEqualTo(Json.parse("{\"b\":\"x\",\"a\":1.0}"))
        .hasSameHashCodeAs(Json.parse("{\"b\":\"x\",\"a\":1.0}"))
        .isNotEqualTo(Json.parse("{\"a\":1}"));
    assertThat(JsonValue.of((String) null)).isEqualTo(JsonValue.nullValue());
    assertThat(JsonValue.nullValue()).isNotEqualTo(JsonValue.missing());
    assertThat(JsonValue.of("1")).isNotEqualTo(JsonValue.of(1));
  }

  @Test
  void toStringShowsNoContent() {
    JsonValue secret = JsonValue.object().put("pin", "4821").put("list", JsonValue.array().add("4821")).build();

    assertThat(secret.toString()).isEqualTo("JsonValue{object, 2 properties}").doesNotContain("4821");
    assertThat(secret.path("list").toString()).isEqualTo("JsonValue{array, 1 items}");
    assertThat(secret.path("pin").toString()).isEqualTo("JsonValue{string}");
  }

  @Test
  void putAllCopiesAnObjectsProperties() {
    JsonValue base = Json.parse("{\"a\":1,\"b\":2}");

    JsonValue merged = JsonValue.object().put("z", 0).putAll(base).put("b", 3).build();

    assertThat(merged.asMap().keySet()).containsExactly("z", "a", "b");
    assertThat(merged.asMap().values()).containsExactly(JsonValue.of(0), JsonValue.of(1), JsonValue.of(3));
  }

  @Test
  void theMissingValueCannotBeStored() {
    assertThatThrownBy(() -> JsonValue.object().put("a", JsonValue.missing()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonValue.array().add(JsonValue.missing()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void optionalAccessorsReadPresentValuesAndGiveEmptyForAnythingElse() {
    JsonValue node = Json.parse("{\"s\":\"text\",\"n\":42,\"quoted\":\" 7 \",\"big\":1e30,\"half\":1.5,"
        + "\"t\":true,\"at\":\"2026-01-01T11:00:00+01:00\",\"bad\":\"yesterday\",\"o\":{\"k\":1},"
        + "\"list\":[\"a\",1,null,\"b\"],\"nil\":null}");

    assertThat(node.optString("s")).contains("text");
    assertThat(node.optLong("n")).hasValue(42);
    assertThat(node.optLong("quoted")).as("a quoted id").hasValue(7);
    assertThat(node.optBoolean("t")).contains(true);
    assertThat(node.optInstant("at")).contains(Instant.parse("2026-01-01T10:00:00Z"));
    assertThat(node.optObject("o").map(o -> o.optLong("k").orElse(0))).contains(1L);
    assertThat(node.optStrings("list")).containsExactly("a", "b");

    for (String name : new String[] {"absent", "nil", "o", "list"}) {
      assertThat(node.optString(name)).as(name).isEmpty();
      assertThat(node.optLong(name)).as(name).isEmpty();
      assertThat(node.optBoolean(name)).as(name).isEmpty();
      assertThat(node.optInstant(name)).as(name).isEmpty();
    }
    assertThat(node.optString("n")).as("a number is not a string").isEmpty();
    assertThat(node.optBoolean("s")).isEmpty();
    assertThat(node.optLong("big")).as("out of range").isEmpty();
    assertThat(node.optLong("half")).as("not integral").isEmpty();
    assertThat(node.optLong("s")).as("not a number").isEmpty();
    assertThat(node.optInstant("bad")).isEmpty();
    assertThat(node.optObject("s")).isEmpty();
    assertThat(node.optStrings("s")).isEmpty();
    assertThat(JsonValue.of("not an object").optString("s")).isEmpty();
    assertThat(JsonValue.missing().optStrings("list")).isEmpty();
  }

  @Test
  void requiredPartsMissingAreTheVendorsWrongShapeNamingTheFieldNotTheValue() {
    JsonShape shape = JsonShape.of("acme", "Acme");
    JsonValue node = Json.parse("{\"id\":\"pin-918273\",\"n\":\"x\",\"items\":{},\"o\":{}}");

    assertThat(shape.requireString(node, "id", "a thing")).isEqualTo("pin-918273");
    assertThat(shape.requireObject(node, "o", "a thing").size()).isZero();
    assertThat(shape.items(node, "absent", "a thing")).isEmpty();
    assertThat(shape.items(Json.parse("{\"a\":null}"), "a", "a thing")).isEmpty();
    assertThat(shape.items(Json.parse("{\"a\":[1,2]}"), "a", "a thing")).hasSize(2);

    assertThatThrownBy(() -> shape.requireLong(node, "n", "a thing"))
        .isInstanceOfSatisfying(LatchkeyResponseException.class, e -> {
          assertThat(e.problem()).isEqualTo(LatchkeyResponseException.Problem.WRONG_SHAPE);
          assertThat(e.vendor()).isEqualTo("acme");
          assertThat(e.category()).isEqualTo(ErrorCategory.UNEXPECTED_RESPONSE);
          assertThat(e.retryable()).isFalse();
          assertThat(e.getMessage()).contains("Unexpected response from Acme: a thing has no integer 'n'");
        });
    assertThatThrownBy(() -> shape.requireString(node, "o", "a thing"))
        .hasMessageContaining("a thing has no string 'o'");
    assertThatThrownBy(() -> shape.requireObject(node, "id", "a thing"))
        .hasMessageContaining("a thing has no object 'id'").hasMessageNotContaining("918273");
    assertThatThrownBy(() -> shape.items(node, "items", "a thing"))
        .hasMessageContaining("a thing has a 'items' that is not an array");
    assertThatThrownBy(() -> shape.requireObject(JsonValue.of(1), "the answer"))
        .hasMessageContaining("the answer is not a JSON object");
  }
}
