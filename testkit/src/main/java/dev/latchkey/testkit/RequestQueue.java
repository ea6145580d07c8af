package dev.latchkey.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Test controls queued for the next matching requests, each used a number of times and then forgotten: the
 * queue behind {@link SimulatorServer#failNext}, and behind a simulator's own failure controls that run at
 * another point of a request (after its token check, say).
 *
 * <pre>{@code
 * RequestQueue<TapkeyErrorReply> failures = new RequestQueue<>();
 * failures.add(reply, reply.times(), request -> request.path().endsWith("/Grants"));
 * ...
 * Optional<TapkeyErrorReply> due = failures.take(request);   // counted down, removed when used up
 * }</pre>
 *
 * <p>Thread-safe: requests take from it on several threads while a test adds.
 *
 * @param <T> what is queued
 */
public final class RequestQueue<T> {

  private final List<Entry<T>> entries = new ArrayList<>();

  /** An empty queue. */
  public RequestQueue() {
  }

  /**
   * Queues an item behind the ones queued before.
   *
   * @param item the item
   * @param times how many matching requests get it, at least 1
   * @param matches which requests it is for; others pass it by and do not use up the count
   * @throws IllegalArgumentException when {@code times} is less than 1
   */
  public void add(T item, int times, Predicate<SimulatorRequest> matches) {
    if (times < 1) {
      throw new IllegalArgumentException("times must be at least 1: " + times);
    }
    Entry<T> entry = new Entry<>(Objects.requireNonNull(item, "item"), Objects.requireNonNull(matches, "matches"),
        times);
    synchronized (entries) {
      entries.add(entry);
    }
  }

  /**
   * Takes the first queued item that matches the request and counts one use of it.
   *
   * @param request the request being answered
   * @return the item, or empty when none matches
   */
  public Optional<T> take(SimulatorRequest request) {
    synchronized (entries) {
      for (Iterator<Entry<T>> it = entries.iterator(); it.hasNext(); ) {
        Entry<T> entry = it.next();
        if (entry.matches.test(request)) {
          if (--entry.remaining == 0) {
            it.remove();
          }
          return Optional.of(entry.item);
        }
      }
      return Optional.empty();
    }
  }

  /** Forgets every item not used up yet. */
  public void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }

  /** An item with its matcher and the uses left; guarded by the list's lock. */
  private static final class Entry<T> {
    final T item;
    final Predicate<SimulatorRequest> matches;
    int remaining;

    Entry(T item, Predicate<SimulatorRequest> matches, int remaining) {
      this.item = item;
      this.matches = matches;
      this.remaining = remaining;
    }
  }
}
