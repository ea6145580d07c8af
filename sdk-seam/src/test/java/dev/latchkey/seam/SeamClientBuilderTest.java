package dev.latchkey.seam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.testkit.seam.SeamSimulator;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeamClientBuilderTest {

  @Test
  void readsKeyAndEndpointFromTheEnvironment() {
    try (SeamSimulator seam = SeamSimulator.start()) {
      Map<String, String> env = Map.of("SEAM_API_KEY", seam.apiKey(), "SEAM_ENDPOINT", seam.baseUrl());
      SeamClient client = SeamClient.builder().environment(env::get).build();
      assertThat(client.baseUrl()).isEqualTo(seam.baseUrl());
      assertThat(client.devices().list()).hasSize(3);
      assertThat(seam.requests().get(0).header("Authorization")).contains("Bearer " + seam.apiKey());
    }
  }

  @Test
  void builderValuesWinOverTheEnvironment() {
    try (SeamSimulator seam = SeamSimulator.start()) {
      Map<String, String> env = Map.of("SEAM_API_KEY", "seam_env_key_1", "SEAM_ENDPOINT", "http://127.0.0.1:9");
      SeamClient client = SeamClient.builder().environment(env::get)
          .apiKey(seam.apiKey()).baseUrl(seam.baseUrl()).build();
      assertThat(client.devices().list()).hasSize(3);
    }
  }

  @Test
  void defaultsToSeamsProductionEndpoint() {
    SeamClient client = SeamClient.builder().apiKey("seam_k_1").environment(name -> null).build();
    assertThat(client.baseUrl()).isEqualTo("https://connect.getseam.com");
    assertThat(client.toString()).doesNotContain("seam_k_1");
  }

  @Test
  void missingKeyIsATypedAuthenticationError() {
    assertThatThrownBy(() -> SeamClient.builder().environment(name -> null).build())
        .isInstanceOfSatisfying(LatchkeyException.class, e -> {
          assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
          assertThat(e.rawCode()).isEmpty();
          assertThat(e.getMessage()).contains("configuration", "SEAM_API_KEY", "apiKey(")
              .doesNotContain("unknown code", "missing_api_key");
        });
    assertThatThrownBy(() -> SeamClient.builder().environment(Map.of("SEAM_API_KEY", "  ")::get).build())
        .isInstanceOf(LatchkeyException.class);
  }

  @Test
  void rejectsNonPositiveDurationsAndBadEndpoints() {
    assertThatThrownBy(() -> SeamClient.builder().actionAttemptPollInterval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SeamClient.builder().actionAttemptTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SeamClient.builder().apiKey("seam_k_1").baseUrl("not a url")
        .environment(name -> null).build()).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SeamClient.builder().apiKey("seam_k_1").baseUrl("ftp://user:pw_Canary1@files.test/")
        .environment(name -> null).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("Canary");
  }

  @Test
  void requestBuildersValidateAndRedact() {
    assertThatThrownBy(() -> CreateAccessCodeRequest.builder(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> UpdateAccessCodeRequest.builder(null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CreateAccessCodeRequest.builder("d")
        .startsAt(java.time.Instant.parse("2026-01-02T00:00:00Z"))
        .endsAt(java.time.Instant.parse("2026-01-01T00:00:00Z")).build())
        .isInstanceOf(IllegalArgumentException.class);
    CreateAccessCodeRequest create = CreateAccessCodeRequest.builder("d").code("86420").build();
    assertThat(create.toString()).doesNotContain("86420");
    assertThat(create.toBuilder().build()).isEqualTo(create);
    assertThat(UpdateAccessCodeRequest.builder("a").code("97531").build().toString()).doesNotContain("97531");
  }
}
