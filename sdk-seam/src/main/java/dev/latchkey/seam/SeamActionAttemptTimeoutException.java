package dev.latchkey.seam;

import java.time.Duration;

/**
 * An action attempt was still {@code pending} when the client stopped waiting. The attempt may still finish:
 * poll it again later with {@link ActionAttempts#get(String)} using {@link #actionAttemptId()}.
 */
public class SeamActionAttemptTimeoutException extends SeamException {

  private static final long serialVersionUID = 1L;

  /** The pending attempt's id. */
  private final String actionAttemptId;
  /** How long the client waited. */
  private final Duration waited;

  /**
   * Creates the exception.
   *
   * @param details the error's details
   * @param actionAttemptId the attempt that did not finish
   * @param waited how long the client waited
   */
  public SeamActionAttemptTimeoutException(Details details, String actionAttemptId, Duration waited) {
    super(details);
    this.actionAttemptId = actionAttemptId;
    this.waited = waited;
  }

  /** {@return the attempt that did not finish in time} */
  public String actionAttemptId() {
    return actionAttemptId;
  }

  /** {@return how long the client waited before giving up} */
  public Duration waited() {
    return waited;
  }
}
