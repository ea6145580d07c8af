package dev.latchkey.seam;

/** 409 Conflict, such as {@code duplicate_access_code}: the request clashes with existing state. */
public class SeamConflictException extends SeamException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details the error's details
   */
  public SeamConflictException(Details details) {
    super(details);
  }
}
