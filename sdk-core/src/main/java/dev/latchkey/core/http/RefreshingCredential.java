package dev.latchkey.core.http;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyInterruptedException;
import dev.latchkey.core.LatchkeyTimeoutException;
import dev.latchkey.core.VendorApi;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * A credential (an OAuth access token, say) fetched when first needed and refreshed on demand, once for all
 * threads: callers that find the same stale value while a refresh is under way wait for that refresh instead
 * of starting their own, so a burst of 401s costs one token request. For a {@link RequestAuthenticator}'s
 * {@link RequestAuthenticator#onUnauthorized onUnauthorized}; see there for an example.
 *
 * <p>A failed fetch is thrown to the caller that ran it and to every caller waiting for it, and nothing is
 * kept: the next call tries again. A waiter whose time runs out gets a {@link LatchkeyTimeoutException}; one
 * that is interrupted gets a {@link LatchkeyInterruptedException} and keeps its interrupt flag. The fetch
 * runs on the thread of the caller that starts it, bounded by the time that caller gives it. Thread-safe.
 *
 * @param <T> the credential type; compared with {@link Object#equals} by {@link #refresh(Object, Duration)}
 */
@VendorApi
public final class RefreshingCredential<T> {

  /**
   * Fetches a new credential.
   *
   * @param <T> the credential type
   */
  @FunctionalInterface
  public interface Fetcher<T> {
    /**
     * Fetches a new credential, within the time given (pass it as the token request's deadline).
     *
     * @param timeout the time the caller can wait, positive
     * @return the credential, not null
     * @throws LatchkeyException when it cannot be fetched
     */
    T fetch(Duration timeout);
  }

  private final String vendor;
  private final Fetcher<T> fetcher;
  private final Object lock = new Object();
  private T current;
  private CompletableFuture<T> inFlight;

  /**
   * A credential fetched by {@code fetcher} when first asked for.
   *
   * @param vendor the vendor id reported in the exceptions this class makes itself
   * @param fetcher fetches a new credential
   */
  public RefreshingCredential(String vendor, Fetcher<T> fetcher) {
    this.vendor = Objects.requireNonNull(vendor, "vendor");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  /**
   * The current credential, fetched first if there is none yet (or joining a fetch under way).
   *
   * @param timeout the longest this call may take
   * @return the credential
   * @throws LatchkeyException when it cannot be fetched in time
   */
  public T get(Duration timeout) {
    return refreshIf(value -> false, timeout);
  }

  /**
   * Replaces the credential if it is still {@code stale}: the one a rejected request was signed with. If another
   * thread has replaced it since, the newer one is returned without fetching.
   *
   * @param stale the credential that was rejected
   * @param timeout the longest this call may take
   * @return the fresh credential
   * @throws LatchkeyException when it cannot be fetched in time
   */
  public T refresh(T stale, Duration timeout) {
    Objects.requireNonNull(stale, "stale");
    return refreshIf(stale::equals, timeout);
  }

  /**
   * Replaces the credential if the current one is stale by {@code isStale} (or there is none), or waits for a
   * replacement already under way; otherwise returns the current one.
   *
   * @param isStale whether the current credential is the rejected one; called under a lock, keep it short
   * @param timeout the longest this call may take
   * @return the fresh credential
   * @throws LatchkeyException when it cannot be fetched in time
   */
  public T refreshIf(Predicate<? super T> isStale, Duration timeout) {
    Objects.requireNonNull(isStale, "isStale");
    Objects.requireNonNull(timeout, "timeout");
    CompletableFuture<T> flight;
    boolean leader = false;
    synchronized (lock) {
      if (inFlight == null) {
        if (current != null && !isStale.test(current)) {
          return current;
        }
        inFlight = new CompletableFuture<>();
        leader = true;
      }
      flight = inFlight;
    }
    return leader ? fetch(flight, timeout) : await(flight, timeout);
  }

  private T fetch(CompletableFuture<T> flight, Duration timeout) {
    T fresh = null;
    LatchkeyException failure = null;
    try {
      if (Thread.currentThread().isInterrupted()) {
        failure = interrupted("before fetching a credential");
      } else if (timeout.isNegative() || timeout.isZero()) {
        failure = timedOut(timeout);
      } else {
        fresh = fetcher.fetch(timeout);
        if (fresh == null) {
          failure = failed("the credential fetcher returned null");
        }
      }
    } catch (LatchkeyException e) {
      failure = e;
    } catch (RuntimeException e) {
      // Its message might quote a credential: keep only the type, and no cause.
      failure = failed("fetching a credential failed: " + e.getClass().getSimpleName());
    } catch (Error e) {
      // Waiters must not hang on a fetch that died; the error itself goes on up this thread.
      finish(flight, null, failed("fetching a credential failed: " + e.getClass().getSimpleName()));
      throw e;
    }
    finish(flight, fresh, failure);
    if (failure != null) {
      throw failure;
    }
    return fresh;
  }

  private void finish(CompletableFuture<T> flight, T fresh, LatchkeyException failure) {
    synchronized (lock) {
      if (failure == null) {
        current = fresh;
      }
      inFlight = null;
    }
    if (failure == null) {
      flight.complete(fresh);
    } else {
      flight.completeExceptionally(failure);
    }
  }

  private T await(CompletableFuture<T> flight, Duration timeout) {
    if (timeout.isNegative() || timeout.isZero()) {
      throw timedOut(timeout);
    }
    try {
      return flight.get(saturatedNanos(timeout), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw interrupted("while waiting for a credential being fetched by another thread");
    } catch (TimeoutException e) {
      throw timedOut(timeout);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof LatchkeyInterruptedException) {
        // The fetching thread was interrupted, not this one: this caller gets a failure it may retry.
        throw new LatchkeyException(
            details("the thread fetching a credential was interrupted", ErrorCategory.AUTHENTICATION, true)
                .cause(cause).build());
      }
      if (cause instanceof LatchkeyException) {
        throw (LatchkeyException) cause;
      }
      throw failed("fetching a credential failed: " + cause.getClass().getSimpleName());
    }
  }

  private static long saturatedNanos(Duration timeout) {
    return timeout.compareTo(Duration.ofDays(36_500)) >= 0 ? Long.MAX_VALUE : timeout.toNanos();
  }

  private LatchkeyException.Details.Builder details(String message, ErrorCategory category, boolean retryable) {
    return LatchkeyException.Details.builder().vendor(vendor).message(message).category(category)
        .retryable(retryable);
  }

  private LatchkeyException failed(String message) {
    return new LatchkeyException(details(message, ErrorCategory.AUTHENTICATION, false).build());
  }

  private LatchkeyTimeoutException timedOut(Duration timeout) {
    return new LatchkeyTimeoutException(details("no credential within " + timeout, ErrorCategory.NETWORK, true)
        .build());
  }

  private LatchkeyInterruptedException interrupted(String when) {
    return new LatchkeyInterruptedException(
        details("the thread was interrupted " + when, ErrorCategory.NETWORK, false).build());
  }
}
