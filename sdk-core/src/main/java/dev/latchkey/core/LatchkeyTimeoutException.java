package dev.latchkey.core;

/**
 * The vendor's API did not answer in time: connect, read or whole-call timeout. Category
 * {@link ErrorCategory#NETWORK}, retryable unless the details say otherwise.
 */
public class LatchkeyTimeoutException extends LatchkeyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what went wrong
   */
  public LatchkeyTimeoutException(Details details) {
    super(details);
  }
}
