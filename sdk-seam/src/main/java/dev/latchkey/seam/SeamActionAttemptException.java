package dev.latchkey.seam;

/**
 * An action attempt (create, update or delete of an access code, ...) that did not succeed: it
 * {@linkplain SeamActionAttemptFailedException failed}, or it was still pending when the client
 * {@linkplain SeamActionAttemptTimeoutException stopped waiting}. Catch this class for both; the attempt can be
 * looked at again with {@link ActionAttempts#get(String)} using {@link #actionAttemptId()}.
 */
public abstract sealed class SeamActionAttemptException extends SeamException
    permits SeamActionAttemptFailedException, SeamActionAttemptTimeoutException {

  private static final long serialVersionUID = 1L;

  /** The attempt's id. */
  private final String actionAttemptId;

  /**
   * For the two cases.
   *
   * @param details the error's details
   * @param actionAttemptId the attempt's id
   */
  protected SeamActionAttemptException(Details details, String actionAttemptId) {
    super(details);
    this.actionAttemptId = actionAttemptId;
  }

  /** {@return the attempt's id} */
  public String actionAttemptId() {
    return actionAttemptId;
  }
}
