package dev.latchkey.core;

/**
 * The vendor's API could not be reached: connection refused or reset, DNS failure, TLS failure. Category
 * {@link ErrorCategory#NETWORK}, retryable unless the details say otherwise.
 */
public class LatchkeyConnectionException extends LatchkeyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what went wrong
   */
  public LatchkeyConnectionException(Details details) {
    super(details);
  }
}
