package dev.latchkey.nuki.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Part 5 of issue 10: two application instances, each with its own store and dispatcher and no shared state,
 * and one fake of Nuki's webhook log (what {@code GET /api/key/{apiKeyId}/webhook/logs} returns).
 */
class ReconcilerTest {

  private static final Duration GRACE = Duration.ofSeconds(60);

  private final TestClock clock = TestClock.at(Instant.parse("2026-11-22T00:00:00Z"));
  private final FakeWebhookLog log = new FakeWebhookLog();
  private final Instance a = new Instance();
  private final Instance b = new Instance();

  /** One application instance: its own store, dispatcher and reconciler. */
  private final class Instance {
    final InMemoryPendingOperationStore store =
        InMemoryPendingOperationStore.builder().clock(clock).sweepInterval(Duration.ZERO).build();
    final OperationDispatcher dispatcher = OperationDispatcher.create(store);
    final Reconciler reconciler = Reconciler.builder(dispatcher, log).gracePeriod(GRACE).clock(clock).build();
  }

  /** Nuki's webhook log: every delivery Nuki made (or tried), newest first, paged by log id. */
  private final class FakeWebhookLog implements WebhookLogSource {
    final List<WebhookLogEntry> newestFirst = new ArrayList<>();
    final List<String> calls = new ArrayList<>();

    void delivered(OperationResult result) {
      newestFirst.add(0, WebhookLogEntry.of("log-" + newestFirst.size(), clock.instant(), result));
    }

    @Override
    public List<WebhookLogEntry> deliveries(String olderThanLogId, int limit) {
      calls.add(olderThanLogId + "/" + limit);
      int from = 0;
      if (olderThanLogId != null) {
        while (!newestFirst.get(from).logId().equals(olderThanLogId)) {
          from++;
        }
        from++;
      }
      return List.copyOf(newestFirst.subList(from, Math.min(newestFirst.size(), from + limit)));
    }
  }

  /** Nuki delivers the webhook of a result to one instance, and logs it. */
  private DispatchOutcome deliver(OperationResult result, Instance to) {
    log.delivered(result);
    return to.dispatcher.dispatch(result);
  }

  @Test
  void webhookLandingOnTheOtherInstanceIsSettledFromTheLogAfterTheGracePeriod() {
    PendingOperation op = a.dispatcher.track(SeedExample.REQUEST_ID, List.of(1L, SeedExample.SMARTLOCK_ID, 2L));
    clock.advance(Duration.ofSeconds(5));

    assertThat(deliver(SeedExample.result(), b)).isEqualTo(DispatchOutcome.UNMATCHED);
    assertThat(op.isDone()).isFalse();

    clock.advance(Duration.ofSeconds(30));
    assertThat(a.reconciler.reconcile()).isEqualTo(new Reconciliation(0, 0, 0));
    assertThat(log.calls).as("nothing overdue: the log is not read").isEmpty();

    clock.advance(GRACE);
    assertThat(a.reconciler.reconcile()).isEqualTo(new Reconciliation(1, 1, 1));

    NukiOperationFailedException failure = failureOf(op);
    assertThat(failure.isPartialFailure()).isTrue();
    assertThat(failure.result().failedSmartlockIds()).containsExactly(SeedExample.SMARTLOCK_ID);
    assertThat(a.store.size()).isZero();
    assertThat(b.store.size()).isZero();
    // A late delivery of the same webhook to A is now a duplicate: nothing completes twice.
    assertThat(a.dispatcher.dispatch(SeedExample.result())).isEqualTo(DispatchOutcome.DUPLICATE);
  }

  @Test
  void lostWebhookIsSettledFromTheLog() {
    PendingOperation op = a.dispatcher.track("lost-1", Set.of(7L));
    // Nuki ran the operation and logged a delivery that reached no instance.
    log.delivered(OperationResult.builder("lost-1", "UnlockAction").success(true)
        .smartlock(SmartlockResult.success(7L)).build());

    clock.advance(GRACE.plusSeconds(1));
    Reconciliation pass = a.reconciler.reconcile();

    assertThat(pass.settled()).isEqualTo(1);
    assertThat(pass.unsettled()).isZero();
    assertThat(op.join().success()).isTrue();
  }

  @Test
  void eachInstanceSettlesOnlyItsOwnOperations() {
    PendingOperation onA = a.dispatcher.track("req-a", Set.of(1L));
    PendingOperation onB = b.dispatcher.track("req-b", Set.of(2L));
    log.delivered(success("req-a", 1L));
    log.delivered(success("req-b", 2L));
    clock.advance(GRACE.plusSeconds(1));

    assertThat(a.reconciler.reconcile()).isEqualTo(new Reconciliation(1, 1, 1));

    assertThat(onA.isDone()).isTrue();
    assertThat(onB.isDone()).isFalse();
    assertThat(a.dispatcher.recentSize()).as("B's result is skipped, not remembered").isEqualTo(1);
    assertThat(b.reconciler.reconcile().settled()).isEqualTo(1);
    assertThat(onB.join().success()).isTrue();
  }

  @Test
  void resultOlderThanThePageSizeIsFoundOnALaterPageWithinTheBound() {
    PendingOperation op = a.dispatcher.track("deep", Set.of(9L));
    log.delivered(success("deep", 9L));
    for (int i = 0; i < 150; i++) {
      log.delivered(success("other-" + i, 1L));
    }
    clock.advance(GRACE.plusSeconds(1));

    Reconciliation pass = a.reconciler.reconcile();

    assertThat(pass).isEqualTo(new Reconciliation(1, 1, 2));
    assertThat(log.calls).containsExactly("null/100", "log-51/100");
    assertThat(op.join().success()).isTrue();
  }

  @Test
  void resultNotInTheLogYetStaysPendingAndPagesAreBounded() {
    PendingOperation op = a.dispatcher.track("not-yet", Set.of(9L));
    for (int i = 0; i < 1_000; i++) {
      log.delivered(success("other-" + i, 1L));
    }
    clock.advance(GRACE.plusSeconds(1));

    Reconciliation pass = a.reconciler.reconcile();

    assertThat(pass).isEqualTo(new Reconciliation(1, 0, Reconciler.DEFAULT_MAX_PAGES));
    assertThat(op.isDone()).isFalse();
  }

  private static OperationResult success(String requestId, long smartlockId) {
    return OperationResult.builder(requestId, "UnlockAction").success(true)
        .smartlock(SmartlockResult.success(smartlockId)).build();
  }

  private static NukiOperationFailedException failureOf(PendingOperation op) {
    try {
      op.join();
    } catch (NukiOperationFailedException e) {
      return e;
    }
    throw new AssertionError("expected a failure");
  }
}
