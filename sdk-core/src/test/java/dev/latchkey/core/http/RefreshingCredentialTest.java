package dev.latchkey.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyInterruptedException;
import dev.latchkey.core.LatchkeyTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Single-flight refresh: one fetch for all threads that see the same stale credential. */
class RefreshingCredentialTest {

  private static final Duration LONG = Duration.ofSeconds(30);

  private final AtomicInteger fetches = new AtomicInteger();
  private final CountDownLatch fetchStarted = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);
  private final ExecutorService pool = Executors.newCachedThreadPool();

  @AfterEach
  void stop() {
    release.countDown();
    pool.shutdownNow();
  }

  private RefreshingCredential<String> counting() {
    return new RefreshingCredential<>("acme", timeout -> "v" + fetches.incrementAndGet());
  }

  /** A fetcher that blocks until released, then fails or returns the next version. */
  private RefreshingCredential<String> blocking(boolean fail) {
    return new RefreshingCredential<>("acme", timeout -> {
      int n = fetches.incrementAndGet();
      fetchStarted.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (fail) {
        throw new LatchkeyException(LatchkeyException.Details.builder().vendor("acme")
            .message("token endpoint down").category(ErrorCategory.AUTHENTICATION).retryable(true).build());
      }
      return "v" + n;
    });
  }

  /** Waits until every thread is parked, as a caller waiting for the fetch is. */
  private static void awaitParked(List<Thread> threads) throws InterruptedException {
    for (Thread thread : threads) {
      while (thread.getState() != Thread.State.TIMED_WAITING && thread.getState() != Thread.State.WAITING) {
        Thread.sleep(1);
      }
    }
  }

  @Test
  void theFirstGetFetchesAndLaterOnesDoNot() {
    RefreshingCredential<String> credential = counting();

    assertThat(credential.get(LONG)).isEqualTo("v1");
    assertThat(credential.get(LONG)).isEqualTo("v1");
    assertThat(fetches).hasValue(1);
  }

  @Test
  void aRefreshOfAValueAlreadyReplacedReturnsTheNewOneWithoutFetching() {
    RefreshingCredential<String> credential = counting();
    credential.get(LONG);

    assertThat(credential.refresh("v1", LONG)).isEqualTo("v2");
    assertThat(credential.refresh("v1", LONG)).isEqualTo("v2");
    assertThat(fetches).hasValue(2);
  }

  @Test
  void waitersShareOneFetchAndItsFailure() throws Exception {
    RefreshingCredential<String> credential = blocking(true);
    List<Thread> waiters = new ArrayList<>();
    List<Future<LatchkeyException>> outcomes = new ArrayList<>();
    Future<LatchkeyException> leader = pool.submit(() -> catchThrowableOfType(LatchkeyException.class,
        () -> credential.get(LONG)));
    fetchStarted.await();
    for (int i = 0; i < 10; i++) {
      CountDownLatch running = new CountDownLatch(1);
      Thread[] self = new Thread[1];
      outcomes.add(pool.submit(() -> {
        self[0] = Thread.currentThread();
        running.countDown();
        return catchThrowableOfType(LatchkeyException.class, () -> credential.refresh("v0", LONG));
      }));
      running.await();
      waiters.add(self[0]);
    }
    awaitParked(waiters);

    release.countDown();

    assertThat(leader.get(30, TimeUnit.SECONDS)).hasMessageContaining("token endpoint down");
    for (Future<LatchkeyException> outcome : outcomes) {
      LatchkeyException e = outcome.get(30, TimeUnit.SECONDS);
      assertThat(e).hasMessageContaining("token endpoint down");
      assertThat(e.retryable()).isTrue();
    }
    assertThat(fetches).hasValue(1);
  }

  @Test
  void aFailedFetchIsNotKeptTheNextCallTriesAgain() {
    AtomicInteger calls = new AtomicInteger();
    RefreshingCredential<String> credential = new RefreshingCredential<>("acme", timeout -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("secret-refresh-token rejected");
      }
      return "v2";
    });

    LatchkeyException e = catchThrowableOfType(LatchkeyException.class, () -> credential.get(LONG));

    assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
    assertThat(e.getMessage()).contains("IllegalStateException").doesNotContain("secret-refresh-token");
    assertThat(credential.get(LONG)).isEqualTo("v2");
  }

  @Test
  void aWaiterWhoseTimeRunsOutGetsATimeout() throws Exception {
    RefreshingCredential<String> credential = blocking(false);
    pool.submit(() -> credential.get(LONG));
    fetchStarted.await();

    LatchkeyTimeoutException e = catchThrowableOfType(LatchkeyTimeoutException.class,
        () -> credential.get(Duration.ofMillis(20)));

    assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK);
    assertThat(fetches).hasValue(1);
  }

  @Test
  void anInterruptedWaiterGetsATypedExceptionAndKeepsItsFlag() throws Exception {
    RefreshingCredential<String> credential = blocking(false);
    pool.submit(() -> credential.get(LONG));
    fetchStarted.await();

    Thread.currentThread().interrupt();
    LatchkeyInterruptedException e = catchThrowableOfType(LatchkeyInterruptedException.class,
        () -> credential.get(LONG));

    assertThat(Thread.interrupted()).isTrue();
    assertThat(e).hasMessageContaining("interrupted");
  }

  @Test
  void waitersOfALeaderThatWasInterruptedGetARetryableFailureNotAnInterrupt() throws Exception {
    RefreshingCredential<String> credential = new RefreshingCredential<>("acme", timeout -> {
      fetchStarted.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new LatchkeyInterruptedException(LatchkeyException.Details.builder().vendor("acme")
          .message("interrupted while fetching").build());
    });
    pool.submit(() -> credential.get(LONG));
    fetchStarted.await();
    CountDownLatch running = new CountDownLatch(1);
    Thread[] waiter = new Thread[1];
    Future<LatchkeyException> outcome = pool.submit(() -> {
      waiter[0] = Thread.currentThread();
      running.countDown();
      return catchThrowableOfType(LatchkeyException.class, () -> credential.get(LONG));
    });
    running.await();
    awaitParked(List.of(waiter[0]));

    release.countDown();

    LatchkeyException e = outcome.get(30, TimeUnit.SECONDS);
    assertThat(e).isNotInstanceOf(LatchkeyInterruptedException.class);
    assertThat(e.retryable()).isTrue();
  }
}
