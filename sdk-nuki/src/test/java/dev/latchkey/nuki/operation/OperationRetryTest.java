package dev.latchkey.nuki.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.latchkey.core.RetryPolicy;
import dev.latchkey.nuki.NukiErrorCode;
import dev.latchkey.testkit.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class OperationRetryTest {

  private final TestClock clock = TestClock.at(Instant.parse("2026-11-22T00:00:00Z"));
  private final OperationDispatcher dispatcher = OperationDispatcher.create(
      InMemoryPendingOperationStore.builder().clock(clock).sweepInterval(Duration.ZERO).build());
  private final List<Duration> sleeps = new ArrayList<>();
  private final List<Set<Long>> reissued = new ArrayList<>();

  private OperationRetry retry(int maxAttempts) {
    return OperationRetry.builder()
        .policy(OperationRetry.DEFAULT_POLICY.toBuilder().maxAttempts(maxAttempts)
            .jitter(RetryPolicy.Jitter.NONE).build())
        .sleeper(sleeps::add)
        .build();
  }

  /**
   * A fake of the client's advanced call: registers the re-issued operation and delivers its result, which
   * the given function decides per smartlock, through the dispatcher as a webhook would.
   */
  private Function<Set<Long>, PendingOperation> fakeNuki(Function<Long, SmartlockResult> outcome) {
    return ids -> {
      reissued.add(ids);
      String requestId = "retry-" + reissued.size();
      PendingOperation op = dispatcher.track(requestId, ids);
      OperationResult.Builder result = OperationResult.builder(requestId, "AuthCreation");
      boolean allOk = true;
      for (Long id : ids) {
        SmartlockResult s = outcome.apply(id);
        allOk &= s.success();
        if (!s.success()) {
          result.smartlock(s);
        }
      }
      dispatcher.dispatch(result.success(allOk).build());
      return op;
    };
  }

  /** The end-to-end example: three smartlocks, one offline (0xFF), as the seed's webhook reports it. */
  private OperationResult threeSmartlocksOneOffline() {
    PendingOperation op = dispatcher.track(SeedExample.REQUEST_ID, List.of(1L, SeedExample.SMARTLOCK_ID, 2L));
    dispatcher.dispatch(SeedExample.result());
    try {
      op.join();
    } catch (NukiOperationFailedException e) {
      return e.result();
    }
    throw new AssertionError("the seed's result is a failure");
  }

  @Test
  void onlyTheRetryableFailedSmartlockIsReissuedAndThenSucceeds() {
    OperationResult partial = threeSmartlocksOneOffline();
    assertThat(partial.succeeded()).hasSize(2);
    assertThat(partial.failed().get(0).errorCode()).contains(NukiErrorCode.ERROR_UNKNOWN);

    OperationResult settled = retry(3).retryFailed(partial, fakeNuki(SmartlockResult::success));

    assertThat(reissued).containsExactly(Set.of(SeedExample.SMARTLOCK_ID));
    assertThat(settled.success()).isTrue();
    assertThat(settled.smartlocks()).extracting(SmartlockResult::smartlockId)
        .containsExactly(1L, SeedExample.SMARTLOCK_ID, 2L);
    assertThat(settled.requestId()).isEqualTo("retry-1");
    assertThat(sleeps).containsExactly(Duration.ofSeconds(5));
  }

  @Test
  void nonRetryableCodeIsNotReissued() {
    assertThat(NukiErrorCode.P_ERROR_MAX_USER.retryable()).as("catalog").isFalse();
    OperationResult maxUsers = OperationResult.builder("r1", "AuthCreation")
        .smartlock(SmartlockResult.success(1L))
        .smartlock(SmartlockResult.failure(2L, "13"))
        .build();

    assertThatThrownBy(() -> retry(3).retryFailed(maxUsers, fakeNuki(SmartlockResult::success)))
        .isInstanceOfSatisfying(NukiOperationFailedException.class, e -> {
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.result()).isEqualTo(maxUsers);
          assertThat(e.getMessage()).contains("2 13 P_ERROR_MAX_USER").contains("200 device authorisations");
        });
    assertThat(reissued).isEmpty();
    assertThat(sleeps).isEmpty();
  }

  @Test
  void mixedFailuresReissueOnlyTheRetryableOnes() {
    assertThat(NukiErrorCode.K_ERROR_BUSY.retryable()).as("catalog").isTrue();
    OperationResult mixed = OperationResult.builder("r1", "AuthCreation")
        .smartlock(SmartlockResult.failure(1L, "45"))
        .smartlock(SmartlockResult.failure(2L, "13"))
        .smartlock(SmartlockResult.failure(3L, "ff"))
        .build();

    assertThatThrownBy(() -> retry(3).retryFailed(mixed, fakeNuki(SmartlockResult::success)))
        .isInstanceOfSatisfying(NukiOperationFailedException.class, e -> {
          assertThat(e.attempts()).isEqualTo(2);
          assertThat(e.result().failedSmartlockIds()).containsExactly(2L);
          assertThat(e.result().succeeded()).extracting(SmartlockResult::smartlockId).containsExactly(1L, 3L);
        });
    assertThat(reissued).containsExactly(Set.of(1L, 3L));
  }

  @Test
  void attemptsAreBoundedWithExponentialBackoff() {
    OperationResult offline = OperationResult.builder("r1", "UnlockAction")
        .smartlock(SmartlockResult.failure(1L, "ff"))
        .build();

    assertThatThrownBy(() -> retry(4).retryFailed(offline, fakeNuki(id -> SmartlockResult.failure(id, "ff"))))
        .isInstanceOfSatisfying(NukiOperationFailedException.class, e -> {
          assertThat(e.attempts()).isEqualTo(4);
          assertThat(e.getMessage()).contains("4 attempts");
          assertThat(e.result().requestId()).isEqualTo("retry-3");
        });
    assertThat(reissued).hasSize(3);
    assertThat(sleeps).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(20));
  }

  @Test
  void successIsReturnedWithoutReissuing() {
    OperationResult ok = OperationResult.builder("r1", "UnlockAction").success(true)
        .smartlock(SmartlockResult.success(1L)).build();

    assertThat(retry(3).retryFailed(ok, fakeNuki(SmartlockResult::success))).isSameAs(ok);
    assertThat(reissued).isEmpty();
  }

  @Test
  void interruptDuringBackoffStopsWithTheTypedFailureAndKeepsTheFlag() {
    OperationResult offline = OperationResult.builder("r1", "UnlockAction")
        .smartlock(SmartlockResult.failure(1L, "ff"))
        .build();
    OperationRetry interrupted = OperationRetry.builder()
        .sleeper(d -> {
          throw new InterruptedException();
        })
        .build();

    try {
      assertThatThrownBy(() -> interrupted.retryFailed(offline, fakeNuki(SmartlockResult::success)))
          .isInstanceOf(NukiOperationFailedException.class);
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(reissued).isEmpty();
  }
}
