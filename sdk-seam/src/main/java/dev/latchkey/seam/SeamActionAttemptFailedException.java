package dev.latchkey.seam;

/**
 * An action attempt (create, update or delete of an access code, ...) ended in {@code error}. The attempt's
 * error type is {@link #rawCode()} and {@link #errorType()}; its message is {@link #errorMessage()}.
 */
public final class SeamActionAttemptFailedException extends SeamActionAttemptException {

  private static final long serialVersionUID = 1L;

  /** What the attempt did. */
  private final String actionType;

  /**
   * Creates the exception.
   *
   * @param details the error's details; its raw code is the attempt's error type
   * @param actionAttemptId the failed attempt's id
   * @param actionType what the attempt did, such as {@code CREATE_ACCESS_CODE}
   */
  public SeamActionAttemptFailedException(Details details, String actionAttemptId, String actionType) {
    super(details, actionAttemptId);
    this.actionType = actionType;
  }

  /** {@return what the attempt did, such as {@code CREATE_ACCESS_CODE}} */
  public String actionType() {
    return actionType;
  }

  /** {@return the attempt's error type as Seam sent it, such as {@code device_offline}} */
  public String errorType() {
    return rawCode();
  }
}
