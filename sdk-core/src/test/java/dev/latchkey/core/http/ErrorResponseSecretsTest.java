package dev.latchkey.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.core.Secret;
import dev.latchkey.core.json.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An error response holds no known secret in its body or headers, whatever form the server echoed it in. */
class ErrorResponseSecretsTest {

  private static final String PIN = "918273";
  private static final String KEY = "seam_key/Canary_9f8e";

  private static ErrorResponse echoing(String body, String header, List<Secret> secrets) {
    return ErrorResponse.builder().vendor("acme").status(400).method("POST").path("/codes")
        .header("X-Request-Id", header).body(body).secrets(secrets).build();
  }

  @Test
  void jsonEscapedEchoesAreRemovedAndTheBodyStaysJson() {
    String escapedPin = "\\u0039\\u0031\\u0038\\u0032\\u0037\\u0033";
    String escapedKey = "seam\\u005fkey\\/Canary_9f8e";
    ErrorResponse response = echoing(
        "{\"error\":{\"type\":\"invalid_code\",\"message\":\"code " + escapedPin + " for " + escapedKey + "\"}}",
        "req-" + PIN, List.of(Secret.of(PIN), Secret.of(KEY)));

    assertThat(response.bodyText()).doesNotContain(escapedPin, escapedKey, PIN, KEY)
        .contains("[redacted]");
    assertThat(Json.parse(response.bodyText()).path("error").optString("type")).contains("invalid_code");
    assertThat(response.header("X-Request-Id")).contains("req-[redacted]");
  }

  @Test
  void shortSecretsAreStillRemovedVerbatim() {
    ErrorResponse response = echoing("{\"message\":\"pin 123 rejected\"}", "id-123", List.of(Secret.of("123")));

    assertThat(response.bodyText()).isEqualTo("{\"message\":\"pin [redacted] rejected\"}");
    assertThat(response.header("X-Request-Id")).contains("id-[redacted]");
  }
}
