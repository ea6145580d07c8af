package dev.latchkey.core.testing;

import dev.latchkey.core.LatchkeyException;

/** A vendor exception as a vendor module would write it: a one-liner. */
public class AcmeException extends LatchkeyException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public AcmeException(Details details) {
    super(details);
  }
}
