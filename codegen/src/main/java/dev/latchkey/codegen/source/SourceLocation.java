package dev.latchkey.codegen.source;

import java.util.Objects;

/**
 * Where something was read in a source document.
 *
 * @param file the document as named in messages (a path relative to the project, or a test's name for it)
 * @param line the 1-based line
 */
public record SourceLocation(String file, int line) {

  /**
   * Checks the parts.
   *
   * @param file the document as named in messages
   * @param line the 1-based line
   */
  public SourceLocation {
    Objects.requireNonNull(file, "file");
  }

  /** {@return {@code file:line}, the form every message uses} */
  @Override
  public String toString() {
    return file + ":" + line;
  }
}
