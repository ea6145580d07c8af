package dev.latchkey.seam;

/** 401 Unauthorized: the API key is missing, wrong or revoked. */
public class SeamUnauthorizedException extends SeamException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details the error's details
   */
  public SeamUnauthorizedException(Details details) {
    super(details);
  }
}
