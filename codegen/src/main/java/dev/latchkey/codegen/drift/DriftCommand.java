package dev.latchkey.codegen.drift;

import dev.latchkey.codegen.seamspec.SeamCatalogImporter;
import dev.latchkey.codegen.seamspec.SeamSpec;
import dev.latchkey.codegen.seamspec.SeamSpecException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The maintainer's commands, without Maven's plugin resolution (the plugin cannot run its own goals from the
 * reactor that builds it). Paths are taken as given and shown as given in reports and catalogs, so run it from
 * the repository root:
 *
 * <pre>
 * drift &lt;from&gt; &lt;to&gt; &lt;output without extension&gt; [evidence catalog ...]   exit 0: no drift, 1: drift, 2: error
 * import-seam-spec &lt;spec.json&gt; &lt;catalog.yaml&gt; ...                          exit 0: done, 2: error
 * </pre>
 */
public final class DriftCommand {

  private DriftCommand() {}

  /**
   * Runs a command and exits with its status.
   *
   * @param args the command and its arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs a command.
   *
   * @param args the command and its arguments
   * @param out where the summary goes
   * @param err where errors and the usage go
   * @return 0 when done without drift, 1 when {@code drift} found drift, 2 on an error
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args.length >= 3 && args[0].equals("drift")) {
        List<Snapshot> evidence = new ArrayList<>();
        for (int i = 4; i < args.length; i++) {
          evidence.add(Drift.read(Path.of(args[i]), args[i]));
        }
        DriftReport report = Drift.compare(Drift.read(Path.of(args[1]), args[1]),
            Drift.read(Path.of(args[2]), args[2]), evidence);
        String base = args.length > 3 ? args[3] : "drift";
        Drift.write(report, Path.of(base + ".md"), Path.of(base + ".json"));
        out.println(report.from().title() + " -> " + report.to().title() + ": "
            + (report.hasDrift() ? "drift, implied bump " + report.bump().label() : "no drift") + "; " + base + ".md");
        return report.hasDrift() ? 1 : 0;
      }
      if (args.length >= 3 && args[0].equals("import-seam-spec")) {
        SeamSpec spec = SeamSpec.read(args[1], Files.readAllBytes(Path.of(args[1])), null);
        Map<Path, String> merged = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
          String text = Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
          merged.put(Path.of(args[i]), new SeamCatalogImporter().importInto(args[i], text, spec));
        }
        // Written only once every catalog merged: a bad catalog leaves all of them as they were.
        for (Map.Entry<Path, String> entry : merged.entrySet()) {
          Files.writeString(entry.getKey(), entry.getValue(), StandardCharsets.UTF_8);
          out.println("imported @seamapi/types " + spec.version() + " into " + entry.getKey());
        }
        return 0;
      }
      err.println("usage: drift <from> <to> [<output without extension> [<evidence catalog> ...]]");
      err.println("       import-seam-spec <spec.json> <catalog.yaml> ...");
      return 2;
    } catch (DriftException | SeamSpecException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IOException e) {
      err.println("cannot read or write: " + e.getMessage());
      return 2;
    }
  }
}
