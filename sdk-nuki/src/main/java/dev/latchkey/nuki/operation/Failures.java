package dev.latchkey.nuki.operation;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.core.LatchkeyException;
import dev.latchkey.core.LatchkeyInterruptedException;
import dev.latchkey.core.LatchkeyTimeoutException;
import dev.latchkey.core.Remedy;
import dev.latchkey.nuki.NukiErrorCode;
import java.time.Duration;
import java.util.List;

/** The timeout exceptions of pending operations, in one place so that their wording stays consistent. */
final class Failures {

  private static final Remedy CHECK_BEFORE_REISSUE = Remedy.latchkey("The operation may still have run: check"
      + " the smartlock's state or the webhook logs (Reconciler) before issuing it again");
  private static final Remedy WAIT_AGAIN =
      Remedy.latchkey("Wait again with the same PendingOperation; the result may still arrive");

  private Failures() {}

  /** No result arrived before the operation's deadline: its outcome is unknown. */
  static LatchkeyTimeoutException expired(String requestId, Duration timeout) {
    return timeout(requestId, "No result for the operation within " + timeout.toSeconds()
        + " s; its outcome is unknown", ErrorCategory.UNKNOWN, false, CHECK_BEFORE_REISSUE, null);
  }

  /** The store dropped the operation to make room for a newer one: its outcome is unknown. */
  static LatchkeyTimeoutException evicted(String requestId, int maxPending) {
    return timeout(requestId, "No longer awaited: " + maxPending + " newer operations are pending (the store's"
        + " limit); its outcome is unknown", ErrorCategory.UNKNOWN, false, CHECK_BEFORE_REISSUE, null);
  }

  /** The caller stopped waiting; the operation itself is still pending. */
  static LatchkeyTimeoutException stillPending(String requestId, Duration waited) {
    return timeout(requestId, "Still pending after waiting " + waited.toMillis() + " ms",
        ErrorCategory.IN_PROGRESS, true, WAIT_AGAIN, null);
  }

  /** The waiting thread was interrupted (its flag is kept); the operation itself is still pending. */
  static LatchkeyInterruptedException interrupted(String requestId, InterruptedException cause) {
    return new LatchkeyInterruptedException(details(requestId,
        "Interrupted while waiting; the operation is still pending", ErrorCategory.IN_PROGRESS, true, WAIT_AGAIN,
        cause));
  }

  private static LatchkeyTimeoutException timeout(String requestId, String message, ErrorCategory category,
      boolean retryable, Remedy remedy, Throwable cause) {
    return new LatchkeyTimeoutException(details(requestId, message, category, retryable, remedy, cause));
  }

  private static LatchkeyException.Details details(String requestId, String message, ErrorCategory category,
      boolean retryable, Remedy remedy, Throwable cause) {
    return LatchkeyException.Details.builder()
        .vendor(NukiErrorCode.VENDOR)
        .requestId(requestId)
        .message(message)
        .category(category)
        .retryable(retryable)
        .remedies(List.of(remedy))
        .cause(cause)
        .build();
  }
}
