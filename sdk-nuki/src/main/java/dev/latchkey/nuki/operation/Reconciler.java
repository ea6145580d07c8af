package dev.latchkey.nuki.operation;

import dev.latchkey.core.Durations;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Settles this instance's operations that are still pending after a grace period, from Nuki's webhook log.
 *
 * <p>Behind a load balancer the webhook for a request made on instance A may land on instance B, which does
 * not await it; a delivery can also be lost. Nuki logs every delivery with its request id and body, so each
 * instance can settle its own operations from the log, with no state shared between instances:
 *
 * <ol>
 *   <li>take the operations pending longer than the grace period (default 60 s; none: no call is made);
 *   <li>read the webhook log, newest first, page by page (default 100 entries, at most 3 pages: Nuki keeps
 *       about the last 300 deliveries), until every one is found, the log runs out, or the entries are older
 *       than the oldest of them;
 *   <li>{@linkplain OperationDispatcher#dispatch(OperationResult) dispatch} the logged result of each one.
 * </ol>
 *
 * <p>Call {@link #reconcile()} periodically (every grace period, say) from the application's scheduler.
 * Results for other instances' request ids are skipped, never dispatched. Thread-safe if the log source is.
 */
public final class Reconciler {

  /** The default time an operation waits for its webhook before the log is consulted. */
  public static final Duration DEFAULT_GRACE_PERIOD = Duration.ofSeconds(60);

  /** The default page size, Nuki's maximum. */
  public static final int DEFAULT_PAGE_SIZE = 100;

  /** The default number of pages read per pass: Nuki keeps about the last 300 deliveries. */
  public static final int DEFAULT_MAX_PAGES = 3;

  /** Log times are Nuki's clock, registrations ours: read this much further back before giving up. */
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  private final OperationDispatcher dispatcher;
  private final WebhookLogSource log;
  private final Duration gracePeriod;
  private final int pageSize;
  private final int maxPages;
  private final Clock clock;

  private Reconciler(Builder b) {
    this.dispatcher = b.dispatcher;
    this.log = b.log;
    this.gracePeriod = b.gracePeriod;
    this.pageSize = b.pageSize;
    this.maxPages = b.maxPages;
    this.clock = b.clock;
  }

  /**
   * A builder for a reconciler of the given dispatcher's operations.
   *
   * @param dispatcher this instance's dispatcher (and, through it, its store)
   * @param log the webhook log
   * @return the builder, preset with the defaults
   */
  public static Builder builder(OperationDispatcher dispatcher, WebhookLogSource log) {
    return new Builder(Objects.requireNonNull(dispatcher, "dispatcher"), Objects.requireNonNull(log, "log"));
  }

  /**
   * One pass: settles from the webhook log the operations pending longer than the grace period.
   *
   * @return what the pass did
   * @throws dev.latchkey.core.LatchkeyException when the log cannot be read (operations settled before the
   *     failure stay settled)
   */
  public Reconciliation reconcile() {
    List<PendingOperation> overdue = dispatcher.store().registeredBefore(clock.instant().minus(gracePeriod));
    if (overdue.isEmpty()) {
      return new Reconciliation(0, 0, 0);
    }
    Set<String> wanted = new HashSet<>();
    overdue.forEach(op -> wanted.add(op.requestId()));
    Instant readBackTo = overdue.get(0).registeredAt().minus(CLOCK_SKEW);
    int settled = 0;
    int pages = 0;
    String olderThan = null;
    while (!wanted.isEmpty() && pages < maxPages) {
      List<WebhookLogEntry> page = log.deliveries(olderThan, pageSize);
      pages++;
      for (WebhookLogEntry entry : page) {
        if (entry.result().isPresent() && wanted.remove(entry.requestId())
            && dispatcher.dispatch(entry.result().get()) == DispatchOutcome.COMPLETED) {
          settled++;
        }
      }
      if (page.size() < pageSize) {
        break;
      }
      WebhookLogEntry last = page.get(page.size() - 1);
      if (last.created().isBefore(readBackTo)) {
        break;
      }
      olderThan = last.logId();
    }
    return new Reconciliation(overdue.size(), settled, pages);
  }

  @Override
  public String toString() {
    return "Reconciler{gracePeriod=" + gracePeriod + ", pageSize=" + pageSize + ", maxPages=" + maxPages + "}";
  }

  /** Builds a {@link Reconciler}; starts from the defaults. */
  public static final class Builder {
    private final OperationDispatcher dispatcher;
    private final WebhookLogSource log;
    private Duration gracePeriod = DEFAULT_GRACE_PERIOD;
    private int pageSize = DEFAULT_PAGE_SIZE;
    private int maxPages = DEFAULT_MAX_PAGES;
    private Clock clock = Clock.systemUTC();

    private Builder(OperationDispatcher dispatcher, WebhookLogSource log) {
      this.dispatcher = dispatcher;
      this.log = log;
    }

    /**
     * How long an operation waits for its webhook before the log is consulted.
     *
     * @param gracePeriod not negative
     * @return this builder
     */
    public Builder gracePeriod(Duration gracePeriod) {
      this.gracePeriod = Durations.requireNonNegative(gracePeriod, "gracePeriod");
      return this;
    }

    /**
     * The entries asked for per page of the log.
     *
     * @param pageSize 1..100 (Nuki's maximum)
     * @return this builder
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1 || pageSize > 100) {
        throw new IllegalArgumentException("pageSize must be 1..100, was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * The most pages read per pass.
     *
     * @param maxPages at least 1
     * @return this builder
     */
    public Builder maxPages(int maxPages) {
      if (maxPages < 1) {
        throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
      }
      this.maxPages = maxPages;
      return this;
    }

    /**
     * The clock the grace period is measured on; use the store's.
     *
     * @param clock not null
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the reconciler.
     *
     * @return the reconciler
     */
    public Reconciler build() {
      return new Reconciler(this);
    }
  }
}
