package dev.latchkey.codegen.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the code table of Nuki's page "Error Codes" as saved in plain text: the header line
 * {@value #HEADER} (the cells glued together), then one line per row with its cells glued:
 * {@code 0xFFERROR_UNKNOWNDevice is most likely offline or not reachable}. Lines up to the next row continue
 * the row's remediation, one remedy a line; footnote markers such as {@code (1, 2)} at their end are dropped.
 *
 * <p>The glued text after the name is the description when remedies follow on their own lines. When nothing
 * follows, the flattened page no longer says which column the text was in: it is {@link
 * SourceEntry#unplacedText()}.
 *
 * <p>Problems: no header line, a row that does not read as {@code 0x<two hex digits><NAME>[text]} (a missing or
 * malformed cell), a code listed twice.
 */
public final class NukiErrorCodesImporter implements SourceImporter {

  /** The header line of the table, cells glued. */
  public static final String HEADER = "Error CodeDescriptionRecommended Remediation";
  /** The title the entries carry: the page's. */
  public static final String TABLE = "Error Codes";

  private static final Pattern ROW = Pattern.compile("^(0x[0-9A-Fa-f]{2})([A-Z][A-Z0-9_]*?)((?:[A-Z][a-z].*)?)$");
  private static final Pattern FOOTNOTE = Pattern.compile("\\s*\\(\\d+(?:,\\s*\\d+)*\\)$");

  /** Creates the importer; it holds no state. */
  public NukiErrorCodesImporter() {}

  @Override
  public SourceDocument read(String file, String text) throws SourceFormatException {
    Problems problems = new Problems(file);
    List<String> lines = text.lines().map(String::strip).toList();
    int header = lines.indexOf(HEADER);
    if (header < 0) {
      problems.add(1, "no table header line '" + HEADER + "'");
      return problems.result(List.of(), List.of());
    }
    List<SourceEntry> entries = new ArrayList<>();
    for (int i = header + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        continue;
      }
      int lineNumber = i + 1;
      if (!line.startsWith("0x")) {
        problems.add(lineNumber, "'" + line + "' is neither a row (0x<code><NAME>...) nor the remediation of one");
        continue;
      }
      Matcher row = ROW.matcher(line);
      if (!row.matches()) {
        problems.add(lineNumber, "cannot read the row '" + line
            + "': expected a code (0x and two hex digits), a NAME and optionally text");
        continue;
      }
      List<String> remedies = new ArrayList<>();
      while (i + 1 < lines.size() && !lines.get(i + 1).startsWith("0x")) {
        i++;
        if (!lines.get(i).isEmpty()) {
          remedies.add(FOOTNOTE.matcher(lines.get(i)).replaceAll(""));
        }
      }
      String code = row.group(1);
      problems.code(TABLE, "0x" + code.substring(2).toUpperCase(Locale.ROOT), lineNumber);
      Optional<String> glued = Optional.of(row.group(3).strip()).filter(words -> !words.isEmpty());
      entries.add(new SourceEntry(code, Optional.of(row.group(2)),
          remedies.isEmpty() ? Optional.empty() : glued, remedies,
          remedies.isEmpty() ? glued : Optional.empty(), TABLE, problems.at(lineNumber)));
    }
    if (entries.isEmpty()) {
      problems.add(header + 1, "the table under '" + HEADER + "' has no rows");
    }
    return problems.result(entries, List.of());
  }
}
