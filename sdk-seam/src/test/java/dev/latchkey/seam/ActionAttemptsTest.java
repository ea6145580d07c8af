package dev.latchkey.seam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.testkit.seam.ActionAttemptScript;
import dev.latchkey.testkit.seam.SeamSimulator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Waiting for action attempts: success after polls, error, timeout; with a virtual clock, never sleeping. */
class ActionAttemptsTest {

  private SeamSimulator seam;
  private SeamClient client;
  private String codeId;
  private final List<Duration> sleeps = new ArrayList<>();
  private Instant now = Instant.parse("2026-06-01T00:00:00Z");

  /** A clock that the sleeper moves forward. */
  private final Clock clock = new Clock() {
    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  };

  @BeforeEach
  void start() {
    seam = SeamSimulator.start();
    client = SeamClient.builder().baseUrl(seam.baseUrl()).apiKey(seam.apiKey()).environment(n -> null)
        .clock(clock)
        .sleeper(d -> {
          sleeps.add(d);
          now = now.plus(d);
        })
        .build();
    codeId = seam.addAccessCode(seam.deviceIds().get(0), "Guest", "4821");
  }

  @AfterEach
  void stop() {
    seam.close();
  }

  @Test
  void pollsEverySecondUntilSuccess() {
    seam.scriptNextActionAttempt(ActionAttemptScript.succeedAfter(3));
    ActionAttempt pending = client.accessCodes().delete(codeId);
    assertThat(pending.status()).isEqualTo(ActionAttempt.Status.PENDING);
    ActionAttempt done = client.actionAttempts().waitUntilDone(pending);
    assertThat(done.status()).isEqualTo(ActionAttempt.Status.SUCCESS);
    assertThat(seam.requestCount("/action_attempts/get")).isEqualTo(4);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1), Duration.ofSeconds(1));
    assertThat(seam.hasAccessCode(codeId)).isFalse();
  }

  // Deprecated constant on purpose: servers still send device_offline, which the catalog deprecates.
  @Test
  @SuppressWarnings("deprecation")
  void failedAttemptRaisesItsTypeAndMessage() {
    seam.scriptNextActionAttempt(ActionAttemptScript.failAfter(1, "device_offline", "The lock is offline"));
    ActionAttempt pending = client.accessCodes().update(UpdateAccessCodeRequest.builder(codeId).name("x").build());
    assertThatThrownBy(() -> client.actionAttempts().waitUntilDone(pending.actionAttemptId()))
        .isInstanceOfSatisfying(SeamActionAttemptFailedException.class, e -> {
          assertThat(e.errorType()).isEqualTo("device_offline");
          assertThat(e.errorMessage()).hasValueSatisfying(m -> assertThat(m).contains("The lock is offline"));
          assertThat(e.actionAttemptId()).isEqualTo(pending.actionAttemptId());
          assertThat(e.actionType()).isEqualTo("UPDATE_ACCESS_CODE");
          assertThat(e.code()).contains(SeamAccessCodeErrorCode.DEVICE_OFFLINE);
          assertThat(e.remedies()).isEqualTo(SeamAccessCodeErrorCode.DEVICE_OFFLINE.remedies());
        });
  }

  @Test
  void unknownAttemptErrorIsKeptRaw() {
    seam.scriptNextActionAttempt(ActionAttemptScript.failAfter(0, "brand_new_failure", "Nope"));
    ActionAttempt failed = client.accessCodes().delete(codeId);
    assertThat(failed.status()).isEqualTo(ActionAttempt.Status.ERROR);
    assertThatThrownBy(() -> client.actionAttempts().waitUntilDone(failed))
        .isInstanceOfSatisfying(SeamActionAttemptFailedException.class, e -> {
          assertThat(e.errorType()).isEqualTo("brand_new_failure");
          assertThat(e.category()).isEqualTo(ErrorCategory.PROVIDER_ERROR);
        });
    assertThat(seam.requestCount("/action_attempts/get")).isZero();
  }

  @Test
  void pendingAtTheTimeoutRaisesTimeoutWithTheId() {
    seam.scriptNextActionAttempt(ActionAttemptScript.neverFinish());
    ActionAttempt pending = client.accessCodes().delete(codeId);
    assertThatThrownBy(() -> client.actionAttempts().waitUntilDone(pending))
        .isInstanceOfSatisfying(SeamActionAttemptTimeoutException.class, e -> {
          assertThat(e.actionAttemptId()).isEqualTo(pending.actionAttemptId());
          assertThat(e.waited()).isEqualTo(Duration.ofSeconds(10));
          assertThat(e.category()).isEqualTo(ErrorCategory.IN_PROGRESS);
        });
    assertThat(seam.requestCount("/action_attempts/get")).isEqualTo(11);
  }

  @Test
  void intervalAndTimeoutAreConfigurable() {
    SeamClient quick = SeamClient.builder().baseUrl(seam.baseUrl()).apiKey(seam.apiKey()).environment(n -> null)
        .clock(clock).sleeper(d -> {
          sleeps.add(d);
          now = now.plus(d);
        })
        .actionAttemptPollInterval(Duration.ofMillis(250)).actionAttemptTimeout(Duration.ofMillis(600))
        .build();
    seam.scriptNextActionAttempt(ActionAttemptScript.neverFinish());
    ActionAttempt pending = quick.accessCodes().delete(codeId);
    assertThatThrownBy(() -> quick.actionAttempts().waitUntilDone(pending))
        .isInstanceOf(SeamActionAttemptTimeoutException.class);
    assertThat(sleeps).containsExactly(Duration.ofMillis(250), Duration.ofMillis(250), Duration.ofMillis(100));
  }
}
