package dev.latchkey.core.testing;

import dev.latchkey.core.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that records the requested waits and returns at once. */
public final class RecordingSleeper implements Sleeper {

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
  }

  /** The waits requested so far, in order. */
  public List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }
}
