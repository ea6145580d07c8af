package dev.latchkey.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
