package dev.latchkey.nuki.operation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Completes pending operations from their results: the meeting point of the advanced calls, which
 * {@linkplain #track(String, Collection) register} operations, and the webhook endpoint, which
 * {@linkplain #dispatch(OperationResult) dispatches} verified results.
 *
 * <p>Each result completes its operation at most once. Nuki retries deliveries, so the dispatcher remembers the
 * request ids of recent results in a fixed-size memory (default {@value #DEFAULT_RECENT_CAPACITY} ids, the
 * oldest forgotten first) and reports a repeated one as {@link DispatchOutcome#DUPLICATE}. Results for request
 * ids nobody here awaits (another instance's, late or forged) complete nothing and only ever occupy that
 * fixed-size memory, so a flood of them does not grow the heap; when one is forgotten, a later repeat of it is
 * reported as {@link DispatchOutcome#UNMATCHED}, which completes nothing either.
 *
 * <p>An unmatched result is kept in that memory rather than dropped: a webhook that overtakes the advanced
 * call's HTTP response completes the operation as soon as it is registered. Only verified results may be
 * dispatched (the webhook verifier checks the signature first). Thread-safe.
 */
public final class OperationDispatcher {

  /** The default number of recent request ids remembered for duplicate detection. */
  public static final int DEFAULT_RECENT_CAPACITY = 10_000;

  /** Marks a request id whose result completed an operation here. */
  private static final Object COMPLETED = new Object();

  private final PendingOperationStore store;
  private final int recentCapacity;
  /** Request id to {@link #COMPLETED} or the unmatched {@link OperationResult}; insertion-ordered, bounded. */
  private final LinkedHashMap<String, Object> recent;

  private OperationDispatcher(PendingOperationStore store, int recentCapacity) {
    this.store = Objects.requireNonNull(store, "store");
    if (recentCapacity < 1) {
      throw new IllegalArgumentException("recentCapacity must be at least 1, was " + recentCapacity);
    }
    this.recentCapacity = recentCapacity;
    this.recent = new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
        return size() > OperationDispatcher.this.recentCapacity;
      }
    };
  }

  /**
   * A dispatcher over the given store that remembers {@value #DEFAULT_RECENT_CAPACITY} recent request ids.
   *
   * @param store this instance's pending operations
   * @return the dispatcher
   */
  public static OperationDispatcher create(PendingOperationStore store) {
    return new OperationDispatcher(store, DEFAULT_RECENT_CAPACITY);
  }

  /**
   * A dispatcher over the given store that remembers the given number of recent request ids.
   *
   * @param store this instance's pending operations
   * @param recentCapacity how many recent request ids to remember, at least 1
   * @return the dispatcher
   */
  public static OperationDispatcher create(PendingOperationStore store, int recentCapacity) {
    return new OperationDispatcher(store, recentCapacity);
  }

  /** {@return this instance's pending operations} */
  public PendingOperationStore store() {
    return store;
  }

  /**
   * Registers the operation an advanced call has just issued; the client calls this with the
   * {@code requestId} Nuki answered. A result that arrived before the registration completes it at once.
   *
   * @param requestId the request id; not blank, at most {@value OperationResult#MAX_REQUEST_ID_LENGTH}
   *     characters
   * @param smartlockIds the smartlocks the request named (empty when unknown)
   * @return the pending operation
   * @throws IllegalArgumentException when the request id is blank or too long
   */
  public PendingOperation track(String requestId, Collection<Long> smartlockIds) {
    PendingOperation operation = store.put(requestId, smartlockIds);
    Object early;
    synchronized (recent) {
      early = recent.get(requestId);
      if (early instanceof OperationResult) {
        recent.put(requestId, COMPLETED);
      }
    }
    if (early instanceof OperationResult) {
      store.complete((OperationResult) early);
    }
    return operation;
  }

  /**
   * Completes the pending operation of a verified result.
   *
   * @param result a result whose webhook signature has been verified
   * @return whether it completed an operation, was a duplicate, or matched none
   */
  public DispatchOutcome dispatch(OperationResult result) {
    String id = result.requestId();
    if (store.complete(result)) {
      remember(id);
      return DispatchOutcome.COMPLETED;
    }
    synchronized (recent) {
      if (recent.containsKey(id)) {
        return DispatchOutcome.DUPLICATE;
      }
      recent.put(id, result);
    }
    // track() may have registered the operation between the first attempt and the line above; then either
    // this second attempt finds it, or track() found the result just recorded. Never both: complete() removes.
    if (store.complete(result)) {
      remember(id);
      return DispatchOutcome.COMPLETED;
    }
    return DispatchOutcome.UNMATCHED;
  }

  private void remember(String requestId) {
    synchronized (recent) {
      recent.put(requestId, COMPLETED);
    }
  }

  /** The number of request ids remembered now; never above the capacity. */
  int recentSize() {
    synchronized (recent) {
      return recent.size();
    }
  }

  @Override
  public String toString() {
    return "OperationDispatcher{store=" + store + ", recentCapacity=" + recentCapacity + "}";
  }
}
