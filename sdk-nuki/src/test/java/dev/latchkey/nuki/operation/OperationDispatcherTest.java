package dev.latchkey.nuki.operation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OperationDispatcherTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T00:00:00Z"));
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
