package dev.latchkey.nuki.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.latchkey.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;

class OperationDispatcherTest {

  private final TestClock clock = TestClock.at(Instant.parse("2026-11-22T00:00:00Z"));
  private final InMemoryPendingOperationStore store = InMemoryPendingOperationStore.builder()
      .clock(clock)
      .sweepInterval(Duration.ZERO)
      .build();

  private static OperationResult success(String requestId) {
    return OperationResult.builder(requestId, "UnlockAction").success(true)
        .smartlock(SmartlockResult.success(1L)).build();
  }

  @Test
  void resultCompletesItsOperationOnceAndRepeatedDeliveriesAreDuplicates() {
    OperationDispatcher dispatcher = OperationDispatcher.create(store);
    PendingOperation op = dispatcher.track(SeedExample.REQUEST_ID, List.of(1L, SeedExample.SMARTLOCK_ID, 2L));

    assertThat(dispatcher.dispatch(SeedExample.result())).isEqualTo(DispatchOutcome.COMPLETED);
    assertThat(dispatcher.dispatch(SeedExample.result())).isEqualTo(DispatchOutcome.DUPLICATE);
    assertThat(dispatcher.dispatch(SeedExample.result())).isEqualTo(DispatchOutcome.DUPLICATE);

    NukiOperationFailedException failure = catchFailure(op);
    assertThat(failure.result().succeeded()).hasSize(2);
    assertThat(failure.result().failedSmartlockIds()).containsExactly(SeedExample.SMARTLOCK_ID);
  }

  @Test
  void resultForAnUnknownRequestIdCompletesNothing() {
    OperationDispatcher dispatcher = OperationDispatcher.create(store);
    PendingOperation mine = dispatcher.track("mine", Set.of());

    assertThat(dispatcher.dispatch(success("someone-else"))).isEqualTo(DispatchOutcome.UNMATCHED);
    assertThat(dispatcher.dispatch(success("someone-else"))).isEqualTo(DispatchOutcome.DUPLICATE);

    assertThat(mine.isDone()).isFalse();
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void resultThatOvertakesTheRegistrationCompletesItWhenRegistered() {
    OperationDispatcher dispatcher = OperationDispatcher.create(store);

    assertThat(dispatcher.dispatch(success("fast"))).isEqualTo(DispatchOutcome.UNMATCHED);
    PendingOperation op = dispatcher.track("fast", Set.of(1L));

    assertThat(op.join().success()).isTrue();
    assertThat(store.size()).isZero();
    assertThat(dispatcher.dispatch(success("fast"))).isEqualTo(DispatchOutcome.DUPLICATE);
  }

  @Test
  void lateResultAfterTheTimeoutCompletesNothing() {
    OperationDispatcher dispatcher = OperationDispatcher.create(store);
    PendingOperation op = dispatcher.track("slow", Set.of());
    clock.advance(InMemoryPendingOperationStore.DEFAULT_TIMEOUT);
    store.expire();

    assertThat(dispatcher.dispatch(success("slow"))).isEqualTo(DispatchOutcome.UNMATCHED);
    assertThat(catchTimeout(op)).isTrue();
  }

  @Test
  void floodOfAMillionUnmatchedResultsStaysBoundedAndCompletesNothing() {
    int capacity = 1_000;
    OperationDispatcher dispatcher = OperationDispatcher.create(store, capacity);
    List<PendingOperation> mine = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      mine.add(dispatcher.track("mine-" + i, Set.of((long) i)));
    }

    int unmatched = 0;
    for (int i = 0; i < 1_000_000; i++) {
      if (dispatcher.dispatch(success("forged-" + i)) == DispatchOutcome.UNMATCHED) {
        unmatched++;
      }
      if (i % 100_000 == 0) {
        assertThat(dispatcher.recentSize()).isLessThanOrEqualTo(capacity);
      }
    }

    assertThat(unmatched).isEqualTo(1_000_000);
    assertThat(dispatcher.recentSize()).isEqualTo(capacity);
    assertThat(store.size()).isEqualTo(100);
    assertThat(mine).noneMatch(PendingOperation::isDone);
    // Still working afterwards: a genuine result completes its operation.
    assertThat(dispatcher.dispatch(success("mine-7"))).isEqualTo(DispatchOutcome.COMPLETED);
    assertThat(mine.get(7).join().success()).isTrue();
  }

  @Test
  void racingRegistrationAndDeliveryCompleteEveryOperationExactlyOnce() throws Exception {
    OperationDispatcher dispatcher = OperationDispatcher.create(store);
    int rounds = 200;
    int perRound = 100;
    // Both threads start each round together: deliveries race registrations of the same ids, and are
    // sometimes ahead of them (a webhook overtaking the advanced call's response).
    CyclicBarrier round = new CyclicBarrier(2);
    Thread webhooks = new Thread(() -> {
      try {
        for (int r = 0; r < rounds; r++) {
          round.await();
          for (int i = 0; i < perRound; i++) {
            dispatcher.dispatch(success("race-" + (r * perRound + i)));
          }
        }
      } catch (InterruptedException | BrokenBarrierException e) {
        Thread.currentThread().interrupt();
      }
    });
    webhooks.start();
    List<PendingOperation> tracked = new ArrayList<>(rounds * perRound);
    for (int r = 0; r < rounds; r++) {
      round.await();
      for (int i = 0; i < perRound; i++) {
        tracked.add(dispatcher.track("race-" + (r * perRound + i), Set.of(1L)));
      }
    }
    webhooks.join();

    // A lost completion would show as a LatchkeyTimeoutException here; a double one cannot complete twice.
    for (PendingOperation op : tracked) {
      assertThat(op.join(Duration.ofSeconds(10)).success()).isTrue();
    }
    assertThat(store.size()).isZero();
    // The duplicate memory holds the last DEFAULT_RECENT_CAPACITY (10,000) of the 20,000 ids.
    for (int i = rounds * perRound - 1; i >= OperationDispatcher.DEFAULT_RECENT_CAPACITY; i -= 997) {
      assertThat(dispatcher.dispatch(success("race-" + i))).isEqualTo(DispatchOutcome.DUPLICATE);
    }
  }

  @Test
  void registrationBetweenAMissAndItsRecordingIsNotLost() {
    // The narrowest window of the race above, made deterministic: the operation is registered right after
    // the dispatcher's first attempt to complete it found nothing, before the result is recorded.
    List<PendingOperation> registered = new ArrayList<>();
    OperationDispatcher[] dispatcher = new OperationDispatcher[1];
    PendingOperationStore racing = new PendingOperationStore() {
      @Override
      public PendingOperation put(String requestId, Collection<Long> smartlockIds) {
        return store.put(requestId, smartlockIds);
      }

      @Override
      public boolean complete(OperationResult result) {
        boolean completed = store.complete(result);
        if (!completed && registered.isEmpty()) {
          registered.add(dispatcher[0].track(result.requestId(), Set.of(1L)));
        }
        return completed;
      }

      @Override
      public Optional<PendingOperation> remove(String requestId) {
        return store.remove(requestId);
      }

      @Override
      public int expire() {
        return store.expire();
      }

      @Override
      public List<PendingOperation> registeredBefore(Instant instant) {
        return store.registeredBefore(instant);
      }

      @Override
      public int size() {
        return store.size();
      }
    };
    dispatcher[0] = OperationDispatcher.create(racing);

    assertThat(dispatcher[0].dispatch(success("window"))).isEqualTo(DispatchOutcome.COMPLETED);

    assertThat(registered.get(0).isDone()).isTrue();
    assertThat(registered.get(0).join().success()).isTrue();
  }

  private static NukiOperationFailedException catchFailure(PendingOperation op) {
    try {
      op.join();
    } catch (NukiOperationFailedException e) {
      return e;
    }
    throw new AssertionError("expected a failure");
  }

  private static boolean catchTimeout(PendingOperation op) {
    try {
      op.join();
      return false;
    } catch (dev.latchkey.core.LatchkeyTimeoutException e) {
      return true;
    }
  }
}
