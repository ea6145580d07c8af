package dev.latchkey.nuki.operation;

import dev.latchkey.core.Durations;
import java.lang.ref.WeakReference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * The default {@link PendingOperationStore}: the pending operations of this application instance, in memory.
 *
 * <p><b>Bounded.</b> At most {@link Builder#maxPending(int) maxPending} operations (default
 * {@value #DEFAULT_MAX_PENDING}) are held. Registering one more <em>evicts the oldest</em>, which completes
 * with a {@link dev.latchkey.core.LatchkeyTimeoutException} saying its outcome is unknown. Evicting rather
 * than refusing because a registration follows an advanced call that Nuki has already accepted: refusing it
 * would report a failure for a command the lock is about to carry out, and invite a second one. The oldest
 * operation is the one closest to its own timeout, and the least likely to still get a result.
 *
 * <p><b>Timeouts.</b> Each operation times out {@link Builder#timeout(Duration) timeout} after registration
 * (default 5 minutes) on the store's {@link Clock}. Overdue operations are timed out by {@link #expire()},
 * which runs on every registration and every {@link Builder#sweepInterval(Duration) sweepInterval} (default 1
 * s) on a scheduler: a shared daemon thread unless one is given. The sweep holds the store weakly: an
 * abandoned store is collected and its sweep stops.
 *
 * <p>Since every operation has the same timeout, registration order is deadline order: expiring and evicting
 * look only at the oldest entries. Thread-safe; operations are completed outside the store's lock.
 */
public final class InMemoryPendingOperationStore implements PendingOperationStore {

  /** The default maximum number of pending operations. */
  public static final int DEFAULT_MAX_PENDING = 10_000;

  /** The default time an operation waits for its result. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);

  /** The default interval between two sweeps for overdue operations. */
  public static final Duration DEFAULT_SWEEP_INTERVAL = Duration.ofSeconds(1);

  private final int maxPending;
  private final Duration timeout;
  private final Clock clock;
  private final LinkedHashMap<String, PendingOperation> pending = new LinkedHashMap<>();

  private InMemoryPendingOperationStore(Builder b) {
    this.maxPending = b.maxPending;
    this.timeout = b.timeout;
    this.clock = b.clock;
    if (!b.sweepInterval.isZero()) {
      ScheduledExecutorService scheduler = b.scheduler != null ? b.scheduler : SharedScheduler.INSTANCE;
      Sweep sweep = new Sweep(this);
      long millis = b.sweepInterval.toMillis();
      sweep.self = scheduler.scheduleWithFixedDelay(sweep, millis, millis, TimeUnit.MILLISECONDS);
    }
  }

  /**
   * A store with the defaults: {@value #DEFAULT_MAX_PENDING} operations, a 5-minute timeout, the system
   * clock, swept every second.
   *
   * @return the store
   */
  public static InMemoryPendingOperationStore create() {
    return builder().build();
  }

  /**
   * A builder preset with the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the maximum number of pending operations} */
  public int maxPending() {
    return maxPending;
  }

  /** {@return the time an operation waits for its result} */
  public Duration timeout() {
    return timeout;
  }

  @Override
  public PendingOperation put(String requestId, Collection<Long> smartlockIds) {
    OperationResult.checkRequestId(requestId);
    Objects.requireNonNull(smartlockIds, "smartlockIds");
    Instant now = clock.instant();
    List<PendingOperation> expired = new ArrayList<>(0);
    List<PendingOperation> evicted = new ArrayList<>(0);
    PendingOperation operation;
    synchronized (pending) {
      takeOverdue(now.toEpochMilli(), expired);
      PendingOperation existing = pending.get(requestId);
      if (existing != null) {
        operation = existing;
      } else {
        Iterator<PendingOperation> oldest = pending.values().iterator();
        while (pending.size() >= maxPending) {
          evicted.add(oldest.next());
          oldest.remove();
        }
        operation = PendingOperation.create(requestId, smartlockIds, now, now.plus(timeout));
        pending.put(requestId, operation);
      }
    }
    expired.forEach(op -> op.fail(Failures.expired(op.requestId(), timeout)));
    evicted.forEach(op -> op.fail(Failures.evicted(op.requestId(), maxPending)));
    return operation;
  }

  @Override
  public boolean complete(OperationResult result) {
    PendingOperation operation;
    synchronized (pending) {
      operation = pending.remove(result.requestId());
    }
    return operation != null && operation.complete(result);
  }

  @Override
  public Optional<PendingOperation> remove(String requestId) {
    synchronized (pending) {
      return Optional.ofNullable(pending.remove(requestId));
    }
  }

  @Override
  public int expire() {
    List<PendingOperation> expired = new ArrayList<>(0);
    long now = clock.millis();
    synchronized (pending) {
      takeOverdue(now, expired);
    }
    expired.forEach(op -> op.fail(Failures.expired(op.requestId(), timeout)));
    return expired.size();
  }

  /** Moves the overdue operations from the head of the map to {@code into}; the caller holds the lock. */
  private void takeOverdue(long nowMillis, List<PendingOperation> into) {
    Iterator<PendingOperation> oldest = pending.values().iterator();
    while (oldest.hasNext()) {
      PendingOperation op = oldest.next();
      // A clock that steps back can leave a later deadline ahead of an earlier one; it expires a sweep later.
      if (op.deadlineMillis() > nowMillis) {
        return;
      }
      into.add(op);
      oldest.remove();
    }
  }

  @Override
  public List<PendingOperation> registeredBefore(Instant instant) {
    long cutoff = instant.toEpochMilli();
    List<PendingOperation> old = new ArrayList<>();
    synchronized (pending) {
      for (PendingOperation op : pending.values()) {
        if (op.registeredAtMillis() >= cutoff) {
          break;
        }
        old.add(op);
      }
    }
    return old;
  }

  @Override
  public int size() {
    synchronized (pending) {
      return pending.size();
    }
  }

  @Override
  public String toString() {
    return "InMemoryPendingOperationStore{size=" + size() + ", maxPending=" + maxPending + ", timeout="
        + timeout + "}";
  }

  /** Expires a store's overdue operations; stops itself once the store has been collected. */
  private static final class Sweep implements Runnable {
    private final WeakReference<InMemoryPendingOperationStore> store;
    private volatile ScheduledFuture<?> self;

    Sweep(InMemoryPendingOperationStore store) {
      this.store = new WeakReference<>(store);
    }

    @Override
    public void run() {
      InMemoryPendingOperationStore target = store.get();
      if (target == null) {
        ScheduledFuture<?> handle = self;
        if (handle != null) {
          handle.cancel(false);
        }
        return;
      }
      try {
        target.expire();
      } catch (RuntimeException e) {
        // A throwing clock must not end the periodic sweep, which would leave operations without timeouts.
      }
    }
  }

  /** One daemon thread for the sweeps of every store that was given no scheduler. */
  private static final class SharedScheduler {
    static final ScheduledExecutorService INSTANCE = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "latchkey-nuki-pending-sweep");
      t.setDaemon(true);
      return t;
    });
  }

  /** Builds an {@link InMemoryPendingOperationStore}; starts from the defaults. */
  public static final class Builder {
    private int maxPending = DEFAULT_MAX_PENDING;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Clock clock = Clock.systemUTC();
    private Duration sweepInterval = DEFAULT_SWEEP_INTERVAL;
    private ScheduledExecutorService scheduler;

    private Builder() {}

    /**
     * The maximum number of pending operations; beyond it the oldest is evicted.
     *
     * @param maxPending at least 1
     * @return this builder
     */
    public Builder maxPending(int maxPending) {
      if (maxPending < 1) {
        throw new IllegalArgumentException("maxPending must be at least 1, was " + maxPending);
      }
      this.maxPending = maxPending;
      return this;
    }

    /**
     * How long an operation waits for its result before it times out.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Durations.requirePositive(timeout, "timeout");
      return this;
    }

    /**
     * The clock for registrations and deadlines (tests inject a fixed or stepping one).
     *
     * @param clock not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * How often overdue operations are swept; {@link Duration#ZERO} turns the sweep off, leaving timeouts to
     * registrations and explicit {@link InMemoryPendingOperationStore#expire()} calls.
     *
     * @param sweepInterval zero, or at least one millisecond
     * @return this builder
     */
    public Builder sweepInterval(Duration sweepInterval) {
      if (sweepInterval.isNegative() || (!sweepInterval.isZero() && sweepInterval.toMillis() < 1)) {
        throw new IllegalArgumentException("sweepInterval must be zero or at least 1 ms, was " + sweepInterval);
      }
      this.sweepInterval = sweepInterval;
      return this;
    }

    /**
     * The scheduler that runs the sweep; by default a daemon thread shared by all stores.
     *
     * @param scheduler not null
     * @return this builder
     */
    public Builder scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /**
     * Builds the store and starts its sweep.
     *
     * @return the store
     */
    public InMemoryPendingOperationStore build() {
      return new InMemoryPendingOperationStore(this);
    }
  }
}
