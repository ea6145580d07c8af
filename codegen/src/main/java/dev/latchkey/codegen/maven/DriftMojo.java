package dev.latchkey.codegen.maven;

import dev.latchkey.codegen.drift.Drift;
import dev.latchkey.codegen.drift.DriftException;
import dev.latchkey.codegen.drift.DriftReport;
import dev.latchkey.codegen.drift.Snapshot;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the drift report between two inputs, each a Seam spec ({@code .json}) or a catalog ({@code .yaml}), as
 * {@code <name>.md} and {@code <name>.json}, and fails the build when there is drift unless {@code failOnDrift}
 * is false. For example:
 * {@code ./mvnw -pl catalog latchkey:drift -Dlatchkey.drift.from=seam/access-code-errors.yaml
 * -Dlatchkey.drift.to=sources/seam/spec/seam-openapi-1.1038.0-subset.json}.
 */
@Mojo(name = "drift", requiresProject = false, threadSafe = true)
public class DriftMojo extends AbstractMojo {

  /** The older input, or the catalog. */
  @Parameter(property = "latchkey.drift.from", required = true)
  private File from;

  /** The newer input, or the spec the catalog should follow. */
  @Parameter(property = "latchkey.drift.to", required = true)
  private File to;

  /** Catalogs read only for their {@code replaced_by}, as evidence of renames between two specs. */
  @Parameter(property = "latchkey.drift.evidence")
  private List<File> evidence;

  /** Where the report goes. */
  @Parameter(property = "latchkey.drift.outputDirectory", defaultValue = "${project.build.directory}/latchkey-drift")
  private File outputDirectory;

  /** The report's file name without extension. */
  @Parameter(property = "latchkey.drift.name", defaultValue = "drift")
  private String name;

  /** Fail the build when the inputs differ. */
  @Parameter(property = "latchkey.drift.failOnDrift", defaultValue = "true")
  private boolean failOnDrift;

  /** The directory that input paths in the report are shown relative to. */
  @Parameter(defaultValue = "${basedir}", readonly = true)
  private File basedir;

  /** Creates the mojo; Maven injects the parameters. */
  public DriftMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    try {
      List<Snapshot> hints = new ArrayList<>();
      for (File file : evidence == null ? List.<File>of() : evidence) {
        hints.add(read(file));
      }
      DriftReport report = Drift.compare(read(from), read(to), hints);
      Path markdown = outputDirectory.toPath().resolve(name + ".md");
      Drift.write(report, markdown, outputDirectory.toPath().resolve(name + ".json"));
      String summary = "Latchkey drift " + report.from().title() + " -> " + report.to().title() + ": "
          + (report.hasDrift() ? "drift, implied bump " + report.bump().label() : "none") + "; report " + markdown;
      if (report.hasDrift() && failOnDrift) {
        throw new MojoFailureException(summary + " (set latchkey.drift.failOnDrift=false to only report)");
      }
      getLog().info(summary);
    } catch (DriftException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Latchkey drift could not write its report: " + e.getMessage(), e);
    }
  }

  private Snapshot read(File file) throws DriftException {
    return Drift.read(file.toPath(), ProjectPaths.label(basedir, file));
  }
}
