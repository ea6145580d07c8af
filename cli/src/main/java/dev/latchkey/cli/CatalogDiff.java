package dev.latchkey.cli;

import dev.latchkey.codegen.drift.Drift;
import dev.latchkey.codegen.drift.DriftException;
import dev.latchkey.codegen.drift.DriftRenderer;
import dev.latchkey.codegen.drift.DriftReport;
import dev.latchkey.codegen.drift.Snapshot;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code latchkey catalog diff <from> <to>}: the drift report of the codegen plugin (added, removed, renamed,
 * deprecated, re-leveled and re-worded codes, and the Latchkey version bump they imply) between two Seam specs,
 * or a catalog and a spec. Uses the plugin's drift classes as a plain library: no Maven class is loaded.
 */
@Command(name = "diff",
    description = {"The drift between two inputs, each a Seam spec (.json, such as",
        "catalog/sources/seam/spec/seam-openapi-1.977.0-subset.json) or a catalog (.yaml): what was added,",
        "removed, renamed, deprecated, re-leveled or re-worded, and the version bump it implies.",
        "Exit code 5 when there is drift, 0 when there is none."})
final class CatalogDiff extends JsonCommand {

  @Parameters(index = "0", paramLabel = "FROM", description = "The older spec, or the catalog.")
  String from;

  @Parameters(index = "1", paramLabel = "TO", description = "The newer spec.")
  String to;

  @Option(names = "--evidence", paramLabel = "CATALOG", arity = "1..*",
      description = "Catalogs whose replaced_by entries show renames between two specs.")
  List<String> evidence = new ArrayList<>();

  @Override
  int run() {
    List<Snapshot> renames = new ArrayList<>();
    for (String catalog : evidence) {
      renames.add(read(catalog));
    }
    DriftReport report = Drift.compare(read(from), read(to), renames);
    if (json) {
      out().print(DriftRenderer.json(report));
    } else {
      out().print(DriftRenderer.markdown(report));
    }
    return report.hasDrift() ? Latchkey.EXIT_DRIFT : Latchkey.EXIT_OK;
  }

  /** One input, labelled as given; a file that is not there is bad usage, one that cannot be parsed is not. */
  private static Snapshot read(String file) {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException e) {
      throw CliFailure.usage("not a file name: '" + printable(file) + "'");
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      throw CliFailure.usage("cannot read " + printable(file) + ": no such file",
          "give a Seam spec (.json) or a catalog (.yaml), such as catalog/sources/seam/spec/"
              + "seam-openapi-1.1038.0-subset.json");
    }
    try {
      return Drift.read(path, file);
    } catch (DriftException e) {
      throw CliFailure.undecodable(e.getMessage());
    }
  }
}
