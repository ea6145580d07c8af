package dev.latchkey.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void positiveAcceptsTheSmallestPositiveDurationAndRejectsZeroAndBelow() {
    Duration tiny = Duration.ofNanos(1);

    assertThat(Durations.requirePositive(tiny, "timeout")).isSameAs(tiny);
    assertThatThrownBy(() -> Durations.requirePositive(Duration.ZERO, "timeout"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("timeout must be positive, was PT0S");
    assertThatThrownBy(() -> Durations.requirePositive(Duration.ofSeconds(-1), "deadline"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("deadline must be positive, was PT-1S");
    assertThatThrownBy(() -> Durations.requirePositive(null, "deadline"))
        .isInstanceOf(NullPointerException.class).hasMessage("deadline");
  }

  @Test
  void nonNegativeAcceptsZeroAndRejectsBelow() {
    assertThat(Durations.requireNonNegative(Duration.ZERO, "delay")).isEqualTo(Duration.ZERO);
    assertThat(Durations.requireNonNegative(Duration.ofDays(1), "delay")).isEqualTo(Duration.ofDays(1));
    assertThatThrownBy(() -> Durations.requireNonNegative(Duration.ofNanos(-1), "delay"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("delay must not be negative, was PT-0.000000001S");
    assertThatThrownBy(() -> Durations.requireNonNegative(null, "delay"))
        .isInstanceOf(NullPointerException.class).hasMessage("delay");
  }
}
