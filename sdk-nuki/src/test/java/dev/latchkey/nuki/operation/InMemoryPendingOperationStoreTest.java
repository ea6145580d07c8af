package dev.latchkey.nuki.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyInterruptedException;
import dev.latchkey.core.LatchkeyTimeoutException;
import dev.latchkey.core.RedactedCause;
import dev.latchkey.nuki.NukiErrorCode;
import dev.latchkey.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class InMemoryPendingOperationStoreTest {

  private final TestClock clock = TestClock.at(Instant.parse("2026-11-22T00:00:00Z"));

  private InMemoryPendingOperationStore store(int maxPending, Duration timeout) {
    return InMemoryPendingOperationStore.builder()
        .maxPending(maxPending)
        .timeout(timeout)
        .clock(clock)
        .sweepInterval(Duration.ZERO)
        .build();
  }

  private static OperationResult success(String requestId, long smartlockId) {
    return OperationResult.builder(requestId, "UnlockAction").success(true)
        .smartlock(SmartlockResult.success(smartlockId)).build();
  }

  @Test
  void successfulResultIsReturnedByJoin() {
    InMemoryPendingOperationStore store = store(10, Duration.ofMinutes(5));
    PendingOperation op = store.put("r1", List.of(1L));

    assertThat(op.isDone()).isFalse();
    assertThat(store.complete(success("r1", 1L))).isTrue();

    assertThat(op.join().succeeded()).extracting(SmartlockResult::smartlockId).containsExactly(1L);
    assertThat(op.future().join().success()).isTrue();
    assertThat(store.size()).isZero();
    assertThat(store.complete(success("r1", 1L))).as("completed once only").isFalse();
  }

  @Test
  void failedResultThrowsTheTypedFailureCarryingTheCoveredResult() {
    InMemoryPendingOperationStore store = store(10, Duration.ofMinutes(5));
    PendingOperation op = store.put(SeedExample.REQUEST_ID, List.of(1L, SeedExample.SMARTLOCK_ID, 2L));

    store.complete(SeedExample.result());

    assertThatThrownBy(op::join).isInstanceOfSatisfying(NukiOperationFailedException.class, e -> {
      assertThat(e.isPartialFailure()).isTrue();
      assertThat(e.result().succeeded()).extracting(SmartlockResult::smartlockId).containsExactly(1L, 2L);
      assertThat(e.result().failed().get(0).errorCode()).contains(NukiErrorCode.ERROR_UNKNOWN);
    });
    assertThatThrownBy(() -> op.future().join()).isInstanceOf(CompletionException.class)
        .hasCauseInstanceOf(NukiOperationFailedException.class);
  }

  /**
   * The failure is built when someone waits, not when the webhook is dispatched: its stack trace is the waiting
   * thread's (the dispatching thread's stack means nothing to the waiter), and every wait sees the same one.
   */
  @Test
  void theFailureIsBuiltForTheWaiterNotOnTheDispatchingThread() throws Exception {
    InMemoryPendingOperationStore store = store(10, Duration.ofMinutes(5));
    PendingOperation op = store.put(SeedExample.REQUEST_ID, List.of(SeedExample.SMARTLOCK_ID));
    Thread dispatcher = new Thread(() -> store.complete(SeedExample.result()), "webhook-dispatcher");
    dispatcher.start();
    dispatcher.join();
    assertThat(op.isDone()).isTrue();

    NukiOperationFailedException first = catchThrowableOfType(NukiOperationFailedException.class, op::join);
    assertThat(first.getStackTrace())
        .extracting(StackTraceElement::getMethodName)
        .contains("theFailureIsBuiltForTheWaiterNotOnTheDispatchingThread");
    assertThat(catchThrowableOfType(NukiOperationFailedException.class, () -> op.join(Duration.ZERO)))
        .isSameAs(first);
    assertThatThrownBy(() -> op.future().join()).hasCause(first);
  }

  @Test
  void operationTimesOutWithTheTypedTimeoutOnTheInjectedClock() {
    InMemoryPendingOperationStore store = store(10, Duration.ofMinutes(5));
    PendingOperation op = store.put("r1", Set.of());

    clock.advance(Duration.ofMinutes(5).minusMillis(1));
    assertThat(store.expire()).isZero();
    clock.advance(Duration.ofMillis(1));
    assertThat(store.expire()).isEqualTo(1);

    assertThat(store.size()).isZero();
    assertThatThrownBy(op::join).isInstanceOfSatisfying(LatchkeyTimeoutException.class, e -> {
      assertThat(e.requestId()).contains("r1");
      assertThat(e.retryable()).isFalse();
      assertThat(e.getMessage()).contains("outcome is unknown");
    });
    assertThat(store.complete(success("r1", 1L))).as("a late result completes nothing").isFalse();
  }

  @Test
  void registrationExpiresOverdueOperationsWithoutASweep() {
    InMemoryPendingOperationStore store = store(10, Duration.ofSeconds(30));
    PendingOperation old = store.put("old", Set.of());
    clock.advance(Duration.ofSeconds(31));

    store.put("new", Set.of());

    assertThat(old.isDone()).isTrue();
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void fullStoreEvictsTheOldestWithATypedTimeout() {
    InMemoryPendingOperationStore store = store(2, Duration.ofMinutes(5));
    PendingOperation first = store.put("a", Set.of());
    PendingOperation second = store.put("b", Set.of());

    PendingOperation third = store.put("c", Set.of());

    assertThat(store.size()).isEqualTo(2);
    assertThat(second.isDone()).isFalse();
    assertThat(third.isDone()).isFalse();
    assertThatThrownBy(first::join).isInstanceOfSatisfying(LatchkeyTimeoutException.class,
        e -> assertThat(e.getMessage()).contains("store's limit"));
  }

  @Test
  void registeringTheSameRequestIdTwiceReturnsTheSameOperation() {
    InMemoryPendingOperationStore store = store(10, Duration.ofMinutes(5));

    assertThat(store.put("a", Set.of())).isSameAs(store.put("a", Set.of()));
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void boundedWaitLeavesTheOperationPending() {
    InMemoryPendingOperationStore store = store(10, Duration.ofMinutes(5));
    PendingOperation op = store.put("a", Set.of());

    assertThatThrownBy(() -> op.join(Duration.ZERO)).isInstanceOfSatisfying(LatchkeyTimeoutException.class,
        e -> {
          assertThat(e.category()).isEqualTo(ErrorCategory.IN_PROGRESS);
          assertThat(e.retryable()).isTrue();
        });
    assertThat(op.isDone()).isFalse();
    assertThat(store.size()).isEqualTo(1);
  }

  @Test
  void interruptedWaitKeepsTheFlagAndThrowsTyped() {
    InMemoryPendingOperationStore store = store(10, Duration.ofMinutes(5));
    PendingOperation op = store.put("a", Set.of());

    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(op::join).isInstanceOfSatisfying(LatchkeyInterruptedException.class,
          e -> assertThat(((RedactedCause) e.getCause()).originalClassName())
              .isEqualTo(InterruptedException.class.getName()));
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(op.isDone()).isFalse();
  }

  @Test
  void completingTheReturnedFutureDoesNotCompleteTheOperation() {
    InMemoryPendingOperationStore store = store(10, Duration.ofMinutes(5));
    PendingOperation op = store.put("a", Set.of());

    CompletableFuture<OperationResult> copy = op.future();
    copy.complete(success("a", 1L));
    copy.cancel(true);

    assertThat(op.isDone()).isFalse();
    assertThat(store.complete(success("a", 1L))).isTrue();
  }

  @Test
  void registeredBeforeListsTheOldestFirst() {
    InMemoryPendingOperationStore store = store(10, Duration.ofMinutes(5));
    store.put("a", Set.of());
    clock.advance(Duration.ofSeconds(10));
    store.put("b", Set.of());
    clock.advance(Duration.ofSeconds(10));
    store.put("c", Set.of());

    assertThat(store.registeredBefore(clock.instant().minusSeconds(5)))
        .extracting(PendingOperation::requestId).containsExactly("a", "b");
  }

  @Test
  void resultOfAnotherRequestIsRejected() {
    PendingOperation op = store(10, Duration.ofMinutes(5)).put("a", Set.of());

    assertThatThrownBy(() -> op.complete(success("b", 1L))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sweepTimesOutOperationsWithoutAnyOtherCall() {
    InMemoryPendingOperationStore store = InMemoryPendingOperationStore.builder()
        .timeout(Duration.ofMillis(20))
        .sweepInterval(Duration.ofMillis(5))
        .build();
    PendingOperation op = store.put("a", Set.of());

    // join() returns once the sweep has timed the operation out; nothing else touches the store.
    assertThatThrownBy(op::join).isInstanceOf(LatchkeyTimeoutException.class);
    assertThat(store.size()).isZero();
  }
}
