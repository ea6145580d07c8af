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
    assertThatThrownBy(() -> b.header("X-Plain", (String) null)).hasMessage("X-Plain");
    assertThatThrownBy(() -> b.header("X-Secret", (Secret) null)).hasMessage("X-Secret");
    assertThatThrownBy(() -> b.formField("scope", (String) null)).hasMessage("scope");
    assertThatThrownBy(() -> b.formField("client_secret", (Secret) null)).hasMessage("client_secret");
  }

  @Test
  void secretValuesOfEveryKindAreCollectedAndPlainOnesAreNot() {
    Secret token = Secret.of("tok-123456");
    Secret auth = Secret.of("auth-123456");
    Secret client = Secret.of("client-123456");
    ApiRequest request = ApiRequest.post("/x").query("page", "2").query("token", token).header("X-Auth", auth)
        .formField("grant_type", "client_credentials").formField("client_secret", client).build();

    assertThat(request.secrets()).containsExactlyInAnyOrder(token, auth, client);
    assertThat(request.queryNames()).containsExactly("page", "token");
  }

  @Test
  void optionsReplaceHeadersOfTheSameNameAndSetTheDeadlineAndRetryPolicy() {
    ApiRequest request = ApiRequest.get("/x").header("accept-language", "en")
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
