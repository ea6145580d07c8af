package dev.latchkey.seam;

import java.time.Duration;

/**
 * An action attempt was still {@code pending} when the client stopped waiting. The attempt may still finish:
 * poll it again later with {@link ActionAttempts#get(String)} using {@link #actionAttemptId()}.
 */
public final class SeamActionAttemptTimeoutException extends SeamActionAttemptException {

  private static final long serialVersionUID = 1L;

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
    super(details, actionAttemptId);
    this.waited = waited;
  }

  /** {@return how long the client waited before giving up} */
  public Duration waited() {
    return waited;
  }
}
