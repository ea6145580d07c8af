package dev.latchkey.codegen.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Markdown tables of Seam's guide "Troubleshooting Access Codes": every table whose first column holds
 * codes ({@code `failed_to_set_on_device`}) and whose other columns are a description ({@code Description}) or
 * remedies (a header with "remed" in it). A table takes its title from the heading it stands under; tables in
 * fenced code blocks are not tables.
 *
 * <p>Problems: a table without its header and separator line, a row whose number of cells differs from the
 * header's, a first cell that is not a code in backticks, a column of unknown meaning, a code listed twice in one
 * table.
 */
public final class SeamGuideImporter implements SourceImporter {

  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
  private static final Pattern SEPARATOR_CELL = Pattern.compile("^:?-{3,}:?$");
  private static final Pattern CODE_CELL = Pattern.compile("^`([^`]+)`$");

  /** Creates the importer; it holds no state. */
  public SeamGuideImporter() {}

  @Override
  public SourceDocument read(String file, String text) throws SourceFormatException {
    Problems problems = new Problems(file);
    List<SourceEntry> entries = new ArrayList<>();
    List<String> lines = text.lines().toList();
    String heading = "";
    boolean fenced = false;
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i).strip();
      if (line.startsWith("```")) {
        fenced = !fenced;
      } else if (!fenced) {
        Matcher title = HEADING.matcher(line);
        if (title.matches()) {
          heading = title.group(1);
        } else if (line.startsWith("|")) {
          i = readTable(lines, i, heading, problems, entries);
          continue;
        }
      }
      i++;
    }
    return problems.result(entries, List.of());
  }

  /** Reads the table starting at {@code start}; returns the index of the first line after it. */
  private static int readTable(
      List<String> lines, int start, String table, Problems problems, List<SourceEntry> entries) {
    int end = start;
    while (end < lines.size() && lines.get(end).strip().startsWith("|")) {
      end++;
    }
    List<String> header = cells(lines.get(start));
    if (start + 1 >= end || !isSeparator(cells(lines.get(start + 1)), header.size())) {
      problems.add(start + 1, "table '" + table + "' has no header: expected a header row followed by a"
          + " separator row such as | --- | --- |");
      return end;
    }
    List<Column> columns = new ArrayList<>();
    for (int c = 1; c < header.size(); c++) {
      Optional<Column> column = Column.of(header.get(c));
      if (column.isEmpty()) {
        problems.add(start + 1, "table '" + table + "': column '" + header.get(c)
            + "' is neither a description nor remedies");
        return end;
      }
      columns.add(column.get());
    }
    for (int r = start + 2; r < end; r++) {
      int lineNumber = r + 1;
      List<String> row = cells(lines.get(r));
      if (row.size() != header.size()) {
        problems.add(lineNumber, "table '" + table + "': the row has " + row.size() + " cells, the header "
            + header.size());
        continue;
      }
      Matcher code = CODE_CELL.matcher(row.get(0));
      if (!code.matches()) {
        problems.add(lineNumber, "table '" + table + "': the first cell '" + row.get(0)
            + "' is not a code in backticks");
        continue;
      }
      problems.code(table, code.group(1), lineNumber);
      String description = null;
      List<String> remedies = new ArrayList<>();
      for (int c = 1; c < row.size(); c++) {
        String cell = row.get(c);
        if (cell.isEmpty()) {
          continue;
        }
        if (columns.get(c - 1) == Column.DESCRIPTION) {
          description = cell;
        } else {
          remedies.add(cell);
        }
      }
      entries.add(new SourceEntry(code.group(1), Optional.empty(), Optional.ofNullable(description), remedies,
          Optional.empty(), table, problems.at(lineNumber)));
    }
    return end;
  }

  private static boolean isSeparator(List<String> cells, int columns) {
    return cells.size() == columns && cells.stream().allMatch(cell -> SEPARATOR_CELL.matcher(cell).matches());
  }

  /** The cells of a table row, stripped; {@code \|} is a pipe inside a cell. */
  static List<String> cells(String line) {
    String row = line.strip();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    for (int i = row.startsWith("|") ? 1 : 0; i < row.length(); i++) {
      char ch = row.charAt(i);
      if (ch == '\\' && i + 1 < row.length() && row.charAt(i + 1) == '|') {
        cell.append('|');
        i++;
      } else if (ch == '|') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    if (!cell.toString().isBlank()) {
      cells.add(cell.toString().strip());
    }
    return cells;
  }

  /** What a column after the code holds. */
  private enum Column {
    DESCRIPTION,
    REMEDIES;

    static Optional<Column> of(String header) {
      String name = header.toLowerCase(Locale.ROOT);
      if (name.equals("description")) {
        return Optional.of(DESCRIPTION);
      }
      return name.contains("remed") ? Optional.of(REMEDIES) : Optional.empty();
    }
  }
}
