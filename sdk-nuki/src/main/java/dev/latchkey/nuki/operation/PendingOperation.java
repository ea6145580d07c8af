package dev.latchkey.nuki.operation;

import dev.latchkey.core.LatchkeyException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * An asynchronous Nuki operation whose result has not arrived yet: what an "advanced" call gives back, made
 * from the {@code requestId} Nuki answered with.
 *
 * <p>It completes once, with the first of:
 * <ul>
 *   <li>a result that is a {@linkplain OperationResult#success() success}: {@link #join()} returns it;
 *   <li>a failed or partly failed result: {@link #join()} throws {@link NukiOperationFailedException}, which
 *       carries the result with a typed error per failed smartlock;
 *   <li>no result before its {@linkplain #deadline() deadline}, or dropped by a full store: {@link #join()}
 *       throws {@link dev.latchkey.core.LatchkeyTimeoutException}; the operation may still have run.
 * </ul>
 *
 * <p>Waiting never throws a checked or raw concurrency exception: an interrupted wait keeps the thread's
 * interrupt flag and throws a {@code LatchkeyInterruptedException}, and the operation stays pending. Thread-safe.
 *
 * <p>Stores ({@link PendingOperationStore}) create and complete these handles; applications only wait on them.
 */
public final class PendingOperation {

  private final String requestId;
  private final Set<Long> smartlockIds;
  // Epoch milliseconds rather than two Instants: a store holds many of these (see the memory benchmark).
  private final long registeredAtMillis;
  private final long deadlineMillis;
  // Completes with the covered result, failed or not, or exceptionally with a failure other than a result.
  // The NukiOperationFailedException of a failed result is built only when someone waits for it: building it
  // redacts a message and fills a stack trace, which would otherwise be most of the cost of dispatching a
  // webhook, and the stack of the thread that dispatched means nothing to the one that waits.
  private final CompletableFuture<OperationResult> future = new CompletableFuture<>();
  private volatile NukiOperationFailedException failure;

  private PendingOperation(String requestId, Set<Long> smartlockIds, long registeredAtMillis, long deadlineMillis) {
    this.requestId = requestId;
    this.smartlockIds = smartlockIds;
    this.registeredAtMillis = registeredAtMillis;
    this.deadlineMillis = deadlineMillis;
  }

  /**
   * Creates a pending operation; for {@link PendingOperationStore} implementations.
   *
   * @param requestId the request id the advanced call returned; not blank, at most
   *     {@value OperationResult#MAX_REQUEST_ID_LENGTH} characters
   * @param smartlockIds the smartlocks the request named, used to complete a result that lists only the
   *     failed ones (see {@link OperationResult#covering(Collection)}); empty when unknown
   * @param registeredAt when it was registered
   * @param deadline when it times out if no result has arrived
   * @return the pending operation
   * @throws IllegalArgumentException when the request id is blank or too long, or the deadline precedes the
   *     registration
   */
  public static PendingOperation create(
      String requestId, Collection<Long> smartlockIds, Instant registeredAt, Instant deadline) {
    OperationResult.checkRequestId(requestId);
    long registered = registeredAt.toEpochMilli();
    long due = deadline.toEpochMilli();
    if (due < registered) {
      throw new IllegalArgumentException("deadline " + deadline + " precedes registration " + registeredAt);
    }
    return new PendingOperation(requestId, copyIds(smartlockIds), registered, due);
  }

  private static Set<Long> copyIds(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    // Keeps the request's order (for the order of covered results) and rejects nulls.
    return ids.size() == 1 ? Set.of(ids.iterator().next())
        : Collections.unmodifiableSet(new LinkedHashSet<>(List.copyOf(ids)));
  }

  /** {@return the request id the advanced call returned} */
  public String requestId() {
    return requestId;
  }

  /** {@return the smartlocks the request named, in its order; empty when the caller did not say} */
  public Set<Long> smartlockIds() {
    return smartlockIds;
  }

  /** {@return when the operation was registered} */
  public Instant registeredAt() {
    return Instant.ofEpochMilli(registeredAtMillis);
  }

  /** {@return when the operation times out if no result has arrived} */
  public Instant deadline() {
    return Instant.ofEpochMilli(deadlineMillis);
  }

  long deadlineMillis() {
    return deadlineMillis;
  }

  long registeredAtMillis() {
    return registeredAtMillis;
  }

  /** {@return whether the operation has completed, one way or the other} */
  public boolean isDone() {
    return future.isDone();
  }

  /**
   * A future of the result, for asynchronous code. It completes normally with a successful result, and
   * exceptionally (wrapped in a {@link java.util.concurrent.CompletionException}, as dependent stages are) with
   * {@link NukiOperationFailedException} or {@link dev.latchkey.core.LatchkeyTimeoutException}. Each call
   * returns a new copy: completing or cancelling it does not affect the operation.
   *
   * @return a copy of the operation's future
   */
  public CompletableFuture<OperationResult> future() {
    return future.thenApply(this::successOrThrow);
  }

  /**
   * Waits for the result; returns at the latest when the operation times out.
   *
   * @return the successful result
   * @throws NukiOperationFailedException when the operation failed on some or all smartlocks
   * @throws dev.latchkey.core.LatchkeyTimeoutException when no result arrived in time
   * @throws dev.latchkey.core.LatchkeyInterruptedException when the waiting thread was interrupted (the
   *     interrupt flag is kept; the operation stays pending)
   */
  public OperationResult join() {
    try {
      return successOrThrow(future.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Failures.interrupted(requestId, e);
    } catch (ExecutionException e) {
      throw unwrap(e);
    }
  }

  /**
   * Waits at most the given time for the result. When the wait ends first, the operation stays pending.
   *
   * @param maxWait how long to wait at most; not negative
   * @return the successful result
   * @throws NukiOperationFailedException when the operation failed on some or all smartlocks
   * @throws dev.latchkey.core.LatchkeyTimeoutException when no result arrived within the wait or before the
   *     operation's deadline
   * @throws dev.latchkey.core.LatchkeyInterruptedException when the waiting thread was interrupted (the
   *     interrupt flag is kept; the operation stays pending)
   */
  public OperationResult join(Duration maxWait) {
    Objects.requireNonNull(maxWait, "maxWait");
    try {
      return successOrThrow(future.get(Math.max(0, maxWait.toNanos()), TimeUnit.NANOSECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Failures.interrupted(requestId, e);
    } catch (ExecutionException e) {
      throw unwrap(e);
    } catch (TimeoutException e) {
      throw Failures.stillPending(requestId, maxWait);
    }
  }

  private static LatchkeyException unwrap(ExecutionException e) {
    // Only fail() completes the future exceptionally, with Latchkey exceptions only.
    return (LatchkeyException) e.getCause();
  }

  /** The result if it is a success; else its failure, built on the first call and thrown by every later one. */
  private OperationResult successOrThrow(OperationResult result) {
    if (result.success()) {
      return result;
    }
    NukiOperationFailedException e = failure;
    if (e == null) {
      // Two threads may both build one; either is right, and only one is kept.
      e = new NukiOperationFailedException(result);
      failure = e;
    }
    throw e;
  }

  /**
   * Completes the operation with its result; for stores and the dispatcher. A result that is not a success
   * completes it with a {@link NukiOperationFailedException}. The result is first
   * {@linkplain OperationResult#covering(Collection) completed} for the smartlocks the request named.
   *
   * @param result the result; its request id must be this operation's
   * @return true if this call completed the operation, false if it was already complete
   * @throws IllegalArgumentException when the result belongs to another request
   */
  public boolean complete(OperationResult result) {
    if (!result.requestId().equals(requestId)) {
      throw new IllegalArgumentException("result of another request");
    }
    if (future.isDone()) {
      return false;
    }
    return future.complete(result.covering(smartlockIds));
  }

  /**
   * Completes the operation with a failure other than a result, such as a timeout; for stores.
   *
   * @param failure the exception {@link #join()} will throw; not null
   * @return true if this call completed the operation, false if it was already complete
   */
  public boolean fail(LatchkeyException failure) {
    return future.completeExceptionally(Objects.requireNonNull(failure, "failure"));
  }

  @Override
  public String toString() {
    return "PendingOperation{requestId=" + requestId + ", smartlockIds=" + smartlockIds + ", deadline="
        + deadline() + ", done=" + isDone() + "}";
  }
}
