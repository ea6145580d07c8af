package dev.latchkey.nuki.operation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Where one application instance keeps its {@link PendingOperation}s until their results arrive.
 *
 * <p>A store is bounded (a maximum number of pending operations) and times operations out when no result
 * comes; what it does when full is the implementation's to document. {@link InMemoryPendingOperationStore} is
 * the default; the interface is small so that a store shared between instances can be plugged in later. No
 * instance needs shared state to settle its own operations, though: {@link Reconciler} does it from Nuki's
 * webhook logs. Implementations are thread-safe, and complete operations outside their own locks, since
 * completing one runs the application's callbacks.
 */
public interface PendingOperationStore {

  /**
   * Registers an operation that has just been issued. When one with this request id is already pending, that
   * one is returned and nothing changes.
   *
   * @param requestId the request id the advanced call returned; not blank, at most
   *     {@value OperationResult#MAX_REQUEST_ID_LENGTH} characters
   * @param smartlockIds the smartlocks the request named (empty when unknown)
   * @return the pending operation
   * @throws IllegalArgumentException when the request id is blank or too long
   */
  PendingOperation put(String requestId, Collection<Long> smartlockIds);

  /**
   * Completes the pending operation of the result's request id with it, and forgets the operation.
   *
   * @param result the result
   * @return true if an operation was pending and this call completed it; false if none was (unknown, already
   *     completed, timed out or removed)
   */
  boolean complete(OperationResult result);

  /**
   * Forgets a pending operation without completing it (for example when the caller cancelled it).
   *
   * @param requestId the request id
   * @return the operation, if one was pending
   */
  Optional<PendingOperation> remove(String requestId);

  /**
   * Times out every operation whose deadline has passed: each completes with a
   * {@link dev.latchkey.core.LatchkeyTimeoutException} and is forgotten.
   *
   * @return the number of operations timed out by this call
   */
  int expire();

  /**
   * The operations still pending that were registered before the given instant, oldest first.
   *
   * @param instant the cut-off
   * @return a snapshot; the operations may complete at any time
   */
  List<PendingOperation> registeredBefore(Instant instant);

  /**
   * The number of operations pending now.
   *
   * @return the count
   */
  int size();
}
