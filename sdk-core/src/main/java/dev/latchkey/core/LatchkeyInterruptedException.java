package dev.latchkey.core;

/**
 * The calling thread was interrupted, so the call was given up: before it was sent, while it was under way, or
 * while waiting to retry. The thread's interrupt flag is left set, so the caller's own shutdown logic still
 * sees it. Category {@link ErrorCategory#NETWORK}, not retryable: the caller asked to stop. Whether a request
 * that was under way reached the vendor is unknown.
 */
public class LatchkeyInterruptedException extends LatchkeyException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details what was given up
   */
  public LatchkeyInterruptedException(Details details) {
    super(details);
  }
}
