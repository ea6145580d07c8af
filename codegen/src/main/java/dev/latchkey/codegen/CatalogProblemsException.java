package dev.latchkey.codegen;

import java.util.List;
import java.util.stream.Collectors;

/** The catalogs have problems; nothing was generated. The message lists them, one {@code file:line:column} each. */
public final class CatalogProblemsException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  CatalogProblemsException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in file and position order.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    return (problems.size() == 1 ? "1 problem" : problems.size() + " problems") + " in Latchkey catalogs:\n"
        + problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
  }
}
