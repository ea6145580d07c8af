package dev.latchkey.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.RequestOptions;
import dev.latchkey.core.Secret;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ApiRequestTest {

  @Test
  void aParameterWithoutValueIsRefusedNamingIt() {
    ApiRequest.Builder b = ApiRequest.post("/x");

    assertThatThrownBy(() -> b.query("page", (String) null)).isInstanceOf(NullPointerException.class)
        .hasMessage("page");
    assertThatThrownBy(() -> b.query("token", (Secret) null)).hasMessage("token");
    assertThatThrownBy(() -> b.formField("scope", (String) null)).hasMessage("scope");
    assertThatThrownBy(() -> b.formField("client_secret", (Secret) null)).hasMessage("client_secret");
  }

  @Test
  void secretValuesOfEveryKindAreCollectedAndPlainOnesAreNot() {
    Secret token = Secret.of("tok-123456");
    Secret auth = Secret.of("auth-123456");
    Secret client = Secret.of("client-123456");
    ApiRequest request = ApiRequest.post("/x").query("page", "2").query("token", token)
        .options(RequestOptions.builder().header("X-Auth", auth).header("X-Trace", "t-1").build())
        .formField("grant_type", "client_credentials").formField("client_secret", client).build();

    assertThat(request.secrets()).containsExactlyInAnyOrder(token, auth, client);
    assertThat(request.queryNames()).containsExactly("page", "token");
  }

  @Test
  void laterOptionsReplaceHeadersOfTheSameNameAndSetTheDeadlineAndRetryPolicy() {
    ApiRequest request = ApiRequest.get("/x")
        .options(RequestOptions.builder().header("accept-language", "en").build())
        .options(RequestOptions.builder().header("Accept-Language", "de").deadline(Duration.ofSeconds(5)).build())
        .build();

    assertThat(request.headers()).singleElement().satisfies(h -> {
      assertThat(h.name).isEqualTo("Accept-Language");
      assertThat(h.value()).isEqualTo("de");
    });
    assertThat(request.deadline()).contains(Duration.ofSeconds(5));
    assertThat(request.retryPolicy()).isEmpty();
  }
}
