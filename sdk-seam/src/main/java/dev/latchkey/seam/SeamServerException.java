package dev.latchkey.seam;

/** A 5xx answer: Seam failed on its side. Reads are retried by the client; writes are not. */
public class SeamServerException extends SeamException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details the error's details
   */
  public SeamServerException(Details details) {
    super(details);
  }
}
