package dev.latchkey.codegen.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables of Tapkey's page "Response Codes" as saved in plain text: one line per row, cells separated by
 * a space, a table ending at the first blank line. A heading is a line alone between blank lines that does not
 * end a sentence; a table takes the title of the heading above it.
 * <ul>
 *   <li>the status table, header {@value #STATUS_HEADER}: rows {@code BadRequest 400 Returned when ...} give code
 *       {@code 400}, name {@code BadRequest} and the description;</li>
 *   <li>the 401 table, header {@value #CAUSE_HEADER}: a row is the case and the solution, the solution starting
 *       at the first capitalised word after the first ({@code Expired authentication token The client should
 *       ...}); the case is the entry's code and description, the solution its remedy;</li>
 *   <li>the ErrorCode tables, a heading {@code <group> Error Codes} and the header {@value #CODE_HEADER}: rows
 *       {@code Duplicate Indicates an operation ...} give code and description;</li>
 *   <li>the first paragraph under every heading, for the advice the page gives in prose.</li>
 * </ul>
 *
 * <p>Problems: a table missing (its header line not found), an ErrorCode table without its header, a row that
 * does not have the table's cells, a code listed twice in a table.
 */
public final class TapkeyResponseCodesImporter implements SourceImporter {

  /** The header line of the HTTP status table. */
  public static final String STATUS_HEADER = "Name Code Description";
  /** The header line of the table of 401 cases. */
  public static final String CAUSE_HEADER = "When / Why Recommended solution";
  /** The header line of an ErrorCode table. */
  public static final String CODE_HEADER = "Code Description";

  private static final Pattern STATUS_ROW = Pattern.compile("^([A-Za-z]+) (\\d{3}) (\\S.*)$");
  private static final Pattern CODE_ROW = Pattern.compile("^([A-Z][A-Za-z0-9]+) (\\S.*)$");
  private static final Pattern CAUSE_ROW = Pattern.compile("^(\\S+(?: [^A-Z\\s]\\S*)*) ([A-Z].*)$");
  private static final Pattern CODE_TABLE = Pattern.compile("^\\S.* Error Codes$");

  /** Creates the importer; it holds no state. */
  public TapkeyResponseCodesImporter() {}

  @Override
  public SourceDocument read(String file, String text) throws SourceFormatException {
    Problems problems = new Problems(file);
    List<String> lines = text.lines().map(String::strip).toList();
    List<SourceEntry> entries = new ArrayList<>();
    List<SourceParagraph> paragraphs = new ArrayList<>();
    boolean statusTable = false;
    boolean causeTable = false;
    boolean codeTable = false;
    String heading = "";
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (isHeading(lines, i)) {
        heading = line;
        paragraphAfter(lines, i).ifPresent(at ->
            paragraphs.add(new SourceParagraph(line, lines.get(at), problems.at(at + 1))));
        if (CODE_TABLE.matcher(line).matches() && !nextNonBlank(lines, i).equals(Optional.of(CODE_HEADER))) {
          problems.add(i + 1, "table '" + line + "' has no header line '" + CODE_HEADER + "'");
        }
        continue;
      }
      if (line.equals(STATUS_HEADER)) {
        statusTable = true;
        i = readRows(lines, i, heading, problems, entries, TapkeyResponseCodesImporter::statusRow);
      } else if (line.equals(CAUSE_HEADER)) {
        causeTable = true;
        i = readRows(lines, i, heading, problems, entries, TapkeyResponseCodesImporter::causeRow);
      } else if (line.equals(CODE_HEADER) && CODE_TABLE.matcher(heading).matches()) {
        codeTable = true;
        i = readRows(lines, i, heading, problems, entries, TapkeyResponseCodesImporter::codeRow);
      }
    }
    if (!statusTable) {
      problems.add(1, "no status table: header line '" + STATUS_HEADER + "' not found");
    }
    if (!causeTable) {
      problems.add(1, "no table of 401 cases: header line '" + CAUSE_HEADER + "' not found");
    }
    if (!codeTable) {
      problems.add(1, "no ErrorCode table: a heading '<group> Error Codes' with the header line '" + CODE_HEADER
          + "' not found");
    }
    return problems.result(entries, paragraphs);
  }

  /** Reads the rows after the header at {@code header} up to a blank line; returns the last row's index. */
  private static int readRows(List<String> lines, int header, String table, Problems problems,
      List<SourceEntry> entries, RowReader reader) {
    int i = header + 1;
    for (; i < lines.size() && !lines.get(i).isEmpty(); i++) {
      Optional<SourceEntry> entry = reader.read(lines.get(i), table, problems.at(i + 1));
      if (entry.isEmpty()) {
        problems.add(i + 1, "table '" + table + "': cannot read the row '" + lines.get(i) + "' as '"
            + lines.get(header) + "'");
      } else {
        problems.code(table, entry.get().code(), i + 1);
        entries.add(entry.get());
      }
    }
    if (i == header + 1) {
      problems.add(header + 1, "table '" + table + "' has no rows");
    }
    return i - 1;
  }

  private static Optional<SourceEntry> statusRow(String line, String table, SourceLocation at) {
    Matcher row = STATUS_ROW.matcher(line);
    return row.matches()
        ? Optional.of(new SourceEntry(row.group(2), Optional.of(row.group(1)), Optional.of(row.group(3)), List.of(),
            Optional.empty(), table, at))
        : Optional.empty();
  }

  private static Optional<SourceEntry> causeRow(String line, String table, SourceLocation at) {
    Matcher row = CAUSE_ROW.matcher(line);
    return row.matches()
        ? Optional.of(new SourceEntry(row.group(1), Optional.empty(), Optional.of(row.group(1)),
            List.of(row.group(2)), Optional.empty(), table, at))
        : Optional.empty();
  }

  private static Optional<SourceEntry> codeRow(String line, String table, SourceLocation at) {
    Matcher row = CODE_ROW.matcher(line);
    return row.matches()
        ? Optional.of(new SourceEntry(row.group(1), Optional.empty(), Optional.of(row.group(2)), List.of(),
            Optional.empty(), table, at))
        : Optional.empty();
  }

  /** A line alone between blank lines (or the file's edges) that does not end a sentence. */
  private static boolean isHeading(List<String> lines, int i) {
    String line = lines.get(i);
    return !line.isEmpty() && (i == 0 || lines.get(i - 1).isEmpty())
        && (i + 1 == lines.size() || lines.get(i + 1).isEmpty())
        && !line.endsWith(".") && !line.endsWith(":") && !line.startsWith("{") && !line.startsWith("}");
  }

  private static Optional<Integer> paragraphAfter(List<String> lines, int heading) {
    for (int i = heading + 1; i < lines.size(); i++) {
      if (!lines.get(i).isEmpty()) {
        return isHeading(lines, i) || lines.get(i).equals(STATUS_HEADER) || lines.get(i).equals(CAUSE_HEADER)
            || lines.get(i).equals(CODE_HEADER) ? Optional.empty() : Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> nextNonBlank(List<String> lines, int from) {
    return lines.subList(from + 1, lines.size()).stream().filter(line -> !line.isEmpty()).findFirst();
  }

  /** Reads one row of a table; empty when the row does not have the table's cells. */
  @FunctionalInterface
  private interface RowReader {
    Optional<SourceEntry> read(String line, String table, SourceLocation at);
  }
}
