package dev.latchkey.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.http.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void defaultsAreThreeAttemptsWithCappedExponentialBackoff() {
    RetryPolicy policy = RetryPolicy.defaults();

    assertThat(policy.maxAttempts()).isEqualTo(3);
    assertThat(policy.retryableStatuses()).containsExactlyInAnyOrder(408, 429, 502, 503, 504);
    assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
  }

  @Test
  void backoffDoublesUpToTheCapWithoutJitter() {
    RetryPolicy policy = RetryPolicy.builder().jitter(RetryPolicy.Jitter.NONE).build();

    assertThat(policy.backoff(1, 0.5)).isEqualTo(Duration.ofMillis(200));
    assertThat(policy.backoff(2, 0.5)).isEqualTo(Duration.ofMillis(400));
    assertThat(policy.backoff(3, 0.5)).isEqualTo(Duration.ofMillis(800));
    assertThat(policy.backoff(20, 0.5)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void jitterStaysWithinItsRange() {
    RetryPolicy full = RetryPolicy.builder().jitter(RetryPolicy.Jitter.FULL).build();
    RetryPolicy equal = RetryPolicy.builder().jitter(RetryPolicy.Jitter.EQUAL).build();

    assertThat(full.backoff(2, 0.0)).isEqualTo(Duration.ZERO);
    assertThat(full.backoff(2, 0.25)).isEqualTo(Duration.ofMillis(100));
    assertThat(equal.backoff(2, 0.0)).isEqualTo(Duration.ofMillis(200));
    assertThat(equal.backoff(2, 0.999)).isBetween(Duration.ofMillis(399), Duration.ofMillis(400));
  }

  @Test
  void builderValidatesAndRoundTrips() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().initialBackoff(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().multiplier(0.5)).isInstanceOf(IllegalArgumentException.class);
    RetryPolicy custom = RetryPolicy.builder().maxAttempts(5).retryableStatuses(Set.of(503)).build();
    assertThat(custom.toBuilder().build()).isEqualTo(custom).hasSameHashCodeAs(custom);
    assertThat(custom.toString()).contains("maxAttempts=5");
  }

  @Test
  void retryAfterReadsSecondsAndHttpDates() {
    Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC);

    assertThat(RetryAfter.parse("7", clock)).contains(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse("Sat, 21 Nov 2026 10:00:30 GMT", clock)).contains(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse("Sat, 21 Nov 2026 09:00:00 GMT", clock)).contains(Duration.ZERO);
    assertThat(RetryAfter.parse("99999999999999999999999", clock)).hasValueSatisfying(
        d -> assertThat(d).isGreaterThan(Duration.ofDays(365)));
    assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    assertThat(RetryAfter.parse("-5", clock)).isEmpty();
    assertThat(RetryAfter.parse(null, clock)).isEmpty();
  }
}
