package dev.latchkey.codegen;

import java.util.Comparator;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * One thing wrong with a catalog, at a 1-based line and column of its file (0 when the problem has no position,
 * such as a file that cannot be read).
 *
 * @param file the catalog's location as shown to users
 * @param line the 1-based line, or 0
 * @param column the 1-based column, or 0
 * @param message what is wrong
 */
public record Problem(String file, int line, int column, String message) {

  /** Orders problems by file, then position, so reports read top to bottom. */
  static final Comparator<Problem> BY_POSITION =
      Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column);

  /** A problem at a snakeyaml mark, whose line and column are 0-based. */
  static Problem at(String file, Optional<Mark> mark, String message) {
    return mark.map(m -> new Problem(file, m.getLine() + 1, m.getColumn() + 1, message))
        .orElseGet(() -> new Problem(file, 0, 0, message));
  }

  /** A problem at the start of a node. */
  static Problem at(String file, Node node, String message) {
    return at(file, node.getStartMark(), message);
  }

  /** A problem that concerns a whole file or a configured location. */
  static Problem inFile(String file, String message) {
    return new Problem(file, 0, 0, message);
  }

  /**
   * The problem as one log line.
   *
   * @return {@code file:line:column: message}, or {@code file: message} when there is no position
   */
  public String format() {
    return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
  }
}
