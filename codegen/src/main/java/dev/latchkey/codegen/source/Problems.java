package dev.latchkey.codegen.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Collects an importer's problems, so that one run reports them all and returns nothing when there are any. */
final class Problems {

  private final String file;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Integer> firstLineOfCode = new HashMap<>();

  Problems(String file) {
    this.file = file;
  }

  void add(int line, String message) {
    problems.add(new SourceLocation(file, line) + ": " + message);
  }

  SourceLocation at(int line) {
    return new SourceLocation(file, line);
  }

  /** Records a code of a table; a second row with the same code in the same table is a problem. */
  void code(String table, String code, int line) {
    Integer first = firstLineOfCode.putIfAbsent(table + "\u0000" + code, line);
    if (first != null) {
      add(line, "code " + code + " is listed twice in table '" + table + "' (first at line " + first + ")");
    }
  }

  SourceDocument result(List<SourceEntry> entries, List<SourceParagraph> paragraphs)
      throws SourceFormatException {
    if (!problems.isEmpty()) {
      throw new SourceFormatException(problems);
    }
    return new SourceDocument(file, entries, paragraphs);
  }
}
