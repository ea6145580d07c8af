package dev.latchkey.codegen.source;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A vendor document whose tables cannot be read: a row with the wrong number of cells, a table without its
 * header, a code listed twice. Lists every problem found, each with {@code file:line}.
 */
public final class SourceFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  /** The problems, each {@code file:line: what is wrong}. */
  private final List<String> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, each {@code file:line: what is wrong}; at least one
   */
  public SourceFormatException(List<String> problems) {
    super(problems.size() == 1 ? problems.get(0)
        : problems.size() + " problems in a source document:\n" + problems.stream().collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /** {@return the problems, each {@code file:line: what is wrong}, in document order} */
  public List<String> problems() {
    return problems;
  }
}
