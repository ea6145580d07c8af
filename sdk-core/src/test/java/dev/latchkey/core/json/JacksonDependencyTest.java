package dev.latchkey.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * sdk-core's test class path is its dependencies plus JUnit, AssertJ and MockWebServer: the SDK brings
 * jackson-core 3 and nothing an application's Jackson 2 could clash with (ADR 0005).
 */
class JacksonDependencyTest {

  @Test
  void onlyJacksonCoreThreeIsOnTheSdksClassPath() throws Exception {
    assertThat(Class.forName("tools.jackson.core.JsonParser")).isNotNull();
    for (String absent : List.of("tools.jackson.databind.ObjectMapper", "tools.jackson.databind.JsonNode",
        "com.fasterxml.jackson.annotation.JsonProperty", "com.fasterxml.jackson.annotation.JsonSerializeAs",
        "com.fasterxml.jackson.databind.ObjectMapper", "com.fasterxml.jackson.core.JsonParser")) {
      assertThatThrownBy(() -> Class.forName(absent)).as(absent).isInstanceOf(ClassNotFoundException.class);
    }
  }
}
