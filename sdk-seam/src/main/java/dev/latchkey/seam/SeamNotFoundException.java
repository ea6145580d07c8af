package dev.latchkey.seam;

/** 404 Not Found: the device, access code or action attempt does not exist (or is not visible to this key). */
public class SeamNotFoundException extends SeamException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param details the error's details
   */
  public SeamNotFoundException(Details details) {
    super(details);
  }
}
