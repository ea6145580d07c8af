package dev.latchkey.codegen.seamspec;

/**
 * A spec or catalog that cannot be read or merged. The message starts with {@code file:line:column} when the
 * problem has a position.
 */
public final class SeamSpecException extends Exception {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, with its location
   */
  public SeamSpecException(String message) {
    super(message);
  }

  /**
   * Creates the exception for a position in a file.
   *
   * @param file the file as named to users
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param message what is wrong
   * @return the exception
   */
  public static SeamSpecException at(String file, int line, int column, String message) {
    return new SeamSpecException(line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message);
  }
}
