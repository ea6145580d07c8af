package dev.latchkey.core;

import java.time.Duration;

/**
 * Waits between retry attempts. The default sleeps the calling thread; tests inject one that records the
 * requested delays and returns at once.
 */
@FunctionalInterface
public interface Sleeper {

  /** The sleeper that blocks the calling thread with {@link Thread#sleep(long)}. */
  Sleeper SYSTEM = duration -> Thread.sleep(duration.toMillis());

  /**
   * Waits for the given time.
   *
   * @param duration how long to wait, never negative
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
