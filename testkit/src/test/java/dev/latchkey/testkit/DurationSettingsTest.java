package dev.latchkey.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.testkit.seam.SimulatedFailure;
import dev.latchkey.testkit.tapkey.TapkeySimulator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Every duration the testkit takes is checked with sdk-core's {@code Durations}, so in its one wording. */
class DurationSettingsTest {

  private static final Duration MINUS_ONE_MS = Duration.ofMillis(-1);

  @Test
  void injectedDelaysMustNotBeNegative() {
    assertThatThrownBy(() -> InjectedFailure.delay(MINUS_ONE_MS))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("delay must not be negative, was PT-0.001S");
    assertThatThrownBy(() -> InjectedFailure.dropConnection().after(MINUS_ONE_MS))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("wait must not be negative, was PT-0.001S");
    assertThatThrownBy(() -> InjectedFailure.delay(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("delay");
    assertThatThrownBy(() -> InjectedFailure.dropConnection().after(null))
        .isInstanceOf(NullPointerException.class).hasMessage("wait");
    assertThat(InjectedFailure.delay(Duration.ZERO)).hasToString("InjectedFailure[delay x1]");
    assertThat(InjectedFailure.dropConnection().after(Duration.ofSeconds(2)))
        .hasToString("InjectedFailure[drop connection after PT2S x1]");
  }

  @Test
  void webhookDelaysMustNotBeNegative() {
    assertThatThrownBy(() -> WebhookScript.builder().delay(MINUS_ONE_MS))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("delay must not be negative, was PT-0.001S");
    assertThat(WebhookScript.builder().delay(Duration.ZERO).build().delay()).isZero();
  }

  @Test
  void theWaitForWebhooksMustNotBeNegative() {
    try (SimulatorServer server = SimulatorServer.builder().start()) {
      assertThatThrownBy(() -> server.awaitWebhookDeliveries(0, MINUS_ONE_MS))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("timeout must not be negative, was PT-0.001S");
      assertThatThrownBy(() -> server.awaitWebhookDeliveries(0, null))
          .isInstanceOf(NullPointerException.class).hasMessage("timeout");
      assertThat(server.awaitWebhookDeliveries(0, Duration.ZERO)).isEmpty();
    }
  }

  @Test
  void aRetryAfterMustNotBeNegative() {
    assertThatThrownBy(() -> SimulatedFailure.rateLimited(Duration.ofSeconds(-5)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("retryAfter must not be negative, was PT-5S");
    assertThat(SimulatedFailure.rateLimited(Duration.ZERO).toString()).startsWith("InjectedFailure[SimulatorReply[429");
  }

  @Test
  void anAccessTokenLifetimeMustBePositive() {
    assertThatThrownBy(() -> TapkeySimulator.builder().accessTokenLifetime(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lifetime must be positive, was PT0S");
    assertThatThrownBy(() -> TapkeySimulator.builder().accessTokenLifetime(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("lifetime must be positive, was PT-1S");
    assertThatThrownBy(() -> TapkeySimulator.builder().accessTokenLifetime(null))
        .isInstanceOf(NullPointerException.class).hasMessage("lifetime");
  }
}
