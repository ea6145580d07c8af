package dev.latchkey.codegen.seamspec;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

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

  /**
   * The parser's error at the position it names: {@code file:line:column: <what>: <the parser's words>}.
   *
   * @param file the file as named to users
   * @param what what the parser found wrong, such as {@code not valid JSON}
   * @param e the parser's error
   * @return the exception
   */
  static SeamSpecException syntax(String file, String what, YamlEngineException e) {
    if (e instanceof MarkedYamlEngineException marked) {
      Optional<Mark> mark = marked.getProblemMark().isPresent() ? marked.getProblemMark() : marked.getContextMark();
      String problem = marked.getProblem() == null ? marked.getMessage() : marked.getProblem();
      return at(file, mark.map(m -> m.getLine() + 1).orElse(0), mark.map(m -> m.getColumn() + 1).orElse(0),
          what + ": " + problem.strip());
    }
    return at(file, 0, 0, what + ": " + e.getMessage());
  }
}
