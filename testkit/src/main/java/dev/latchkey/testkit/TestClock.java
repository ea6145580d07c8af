package dev.latchkey.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that a test moves by hand: it stands still until {@link #advance(Duration)} or {@link #set(Instant)}
 * moves it. Give it to a simulator's and a client's builder to test expiry, timeouts and grace periods without
 * waiting.
 *
 * <pre>{@code
 * TestClock clock = TestClock.at(Instant.parse("2026-11-22T10:00:00Z"));
 * try (TapkeySimulator tapkey = TapkeySimulator.builder().clock(clock).start()) {
 *   ...
 *   clock.advance(Duration.ofHours(1));   // every token issued so far is now expired
 * }
 * }</pre>
 *
 * <p>Thread-safe: a move is seen at once by every thread, and moves from several threads all count. The zone
 * is UTC; {@link #withZone(ZoneId)} gives a view in another zone that moves with this clock.
 */
public final class TestClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * A clock standing at an instant, in UTC.
   *
   * @param start where the clock stands until it is moved
   * @return the clock
   */
  public static TestClock at(Instant start) {
    return new TestClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneOffset.UTC);
  }

  /**
   * Moves the clock by a duration (backwards when it is negative).
   *
   * @param duration how far to move
   * @return the instant the clock stands at now
   * @throws java.time.DateTimeException when the result is out of {@link Instant}'s range
   */
  public Instant advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    return now.updateAndGet(current -> current.plus(duration));
  }

  /**
   * Puts the clock at an instant, earlier or later than where it stands.
   *
   * @param instant where the clock stands from now on
   */
  public void set(Instant instant) {
    now.set(Objects.requireNonNull(instant, "instant"));
  }

  /** {@return the instant the clock stands at} */
  @Override
  public Instant instant() {
    return now.get();
  }

  /** {@return the zone: UTC, unless this is a view made by {@link #withZone(ZoneId)}} */
  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * A view of this clock in another zone: the same instant, moved by either clock's {@code advance} and
   * {@code set}.
   *
   * @param zone the zone
   * @return the view, or this clock when the zone is its own
   */
  @Override
  public TestClock withZone(ZoneId zone) {
    return this.zone.equals(Objects.requireNonNull(zone, "zone")) ? this : new TestClock(now, zone);
  }

  /**
   * Names the instant and zone.
   *
   * @return text such as {@code TestClock[2026-11-22T10:00:00Z, Z]}
   */
  @Override
  public String toString() {
    return "TestClock[" + now.get() + ", " + zone + "]";
  }
}
