package dev.latchkey.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TestClockTest {

  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

  @Test
  void standsStillUntilMoved() {
    TestClock clock = TestClock.at(START);

    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.millis()).isEqualTo(START.toEpochMilli());
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void advanceMovesForwardAndBackward() {
    TestClock clock = TestClock.at(START);

    assertThat(clock.advance(Duration.ofMinutes(5))).isEqualTo(START.plusSeconds(300));
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(300));
    clock.advance(Duration.ofSeconds(-301));
    assertThat(clock.instant()).isEqualTo(START.minusSeconds(1));
  }

  @Test
  void setPutsTheClockAnywhere() {
    TestClock clock = TestClock.at(START);

    clock.set(Instant.EPOCH);
    assertThat(clock.instant()).isEqualTo(Instant.EPOCH);
    clock.set(START.plusSeconds(60));
    assertThat(clock.instant()).isEqualTo(START.plusSeconds(60));
  }

  @Test
  void aZoneViewMovesWithTheClock() {
    TestClock clock = TestClock.at(START);
    TestClock berlin = clock.withZone(ZoneId.of("Europe/Berlin"));

    assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
    assertThat(berlin.getZone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    clock.advance(Duration.ofHours(1));
    assertThat(berlin.instant()).isEqualTo(START.plusSeconds(3600));
    berlin.set(START);
    assertThat(clock.instant()).isEqualTo(START);
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void movesFromManyThreadsAllCount() throws Exception {
    TestClock clock = TestClock.at(START);

    Together.run(8, () -> {
      for (int i = 0; i < 1000; i++) {
        clock.advance(Duration.ofMillis(1));
      }
    });

    assertThat(clock.instant()).isEqualTo(START.plusSeconds(8));
  }

  @Test
  void refusesNullsAndNamesItsInstant() {
    TestClock clock = TestClock.at(START);

    assertThatThrownBy(() -> TestClock.at(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> clock.advance(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> clock.set(null)).isInstanceOf(NullPointerException.class);
    assertThat(clock).hasToString("TestClock[2026-11-22T10:00:00Z, Z]");
  }
}
