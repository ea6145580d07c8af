package dev.latchkey.codegen.drift;

/** An input of the drift report that cannot be read; the message names the file, with line and column when known. */
public final class DriftException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, starting with the file (and {@code :line:column} when known)
   * @param cause the underlying failure, or null
   */
  public DriftException(String message, Throwable cause) {
    super(message, cause);
  }
}
