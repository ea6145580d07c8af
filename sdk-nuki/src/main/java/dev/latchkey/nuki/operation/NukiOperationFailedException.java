package dev.latchkey.nuki.operation;

import dev.latchkey.core.ErrorCategory;
import dev.latchkey.nuki.NukiErrorCode;
import dev.latchkey.nuki.NukiException;
import java.util.List;
import java.util.Objects;

/**
 * An asynchronous Nuki operation failed, on all of its smartlocks or on some of them: the one exception of
 * the Nuki module that carries data (ADR 0004), the whole {@link #result()} with a typed error per failed
 * smartlock.
 *
 * <p>The message is one line naming the failed smartlocks with their codes, then the first failure's remedy
 * and the request id, for example {@code nuki: ff - AuthCreation failed on 1 of 3 smartlocks: 123456789 ff
 * ERROR_UNKNOWN - Remedy: Implement a retry mechanism [request id 68b1...]}. {@link #code()} and
 * {@link #category()} are the first failure's; {@link #retryable()} is true when any failed smartlock has a
 * code the catalog marks retryable: re-issue the operation for those smartlocks only, with
 * {@link OperationRetry}, never the whole request (a door must not get the same command twice).
 */
public class NukiOperationFailedException extends NukiException {

  private static final long serialVersionUID = 1L;

  private final transient OperationResult result;

  /**
   * Creates the exception for a result that is not a {@linkplain OperationResult#success() success}.
   *
   * @param result the failed or partly failed result; not null
   */
  public NukiOperationFailedException(OperationResult result) {
    this(result, 1);
  }

  /**
   * Creates the exception for a result that is still not a success after some attempts.
   *
   * @param result the failed or partly failed result (merged over the attempts); not null
   * @param attempts the number of times the operation was issued, at least 1
   */
  public NukiOperationFailedException(OperationResult result, int attempts) {
    super(details(result, attempts));
    this.result = result;
  }

  private static Details details(OperationResult result, int attempts) {
    Objects.requireNonNull(result, "result");
    Details.Builder d = Details.builder()
        .vendor(NukiErrorCode.VENDOR)
        .requestId(result.requestId())
        .message(result.summary())
        .attempts(attempts)
        .retryable(result.failed().stream().anyMatch(SmartlockResult::retryable));
    result.firstFailure().ifPresentOrElse(
        first -> d.code(first.errorCode().orElse(NukiErrorCode.UNKNOWN_TO_SDK_VERSION))
            .rawCode(first.rawErrorCode()),
        () -> d.category(ErrorCategory.UNKNOWN).remedies(List.of()));
    return d.build();
  }

  /** {@return the result, with every smartlock's outcome: {@link OperationResult#failed()} lists the failures} */
  public OperationResult result() {
    return result;
  }

  /** {@return whether the operation succeeded on some smartlocks; see {@link OperationResult#isPartialFailure()}} */
  public boolean isPartialFailure() {
    return result.isPartialFailure();
  }
}
