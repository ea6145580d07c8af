package dev.latchkey.codegen.maven;

import dev.latchkey.codegen.seamspec.SeamCatalogImporter;
import dev.latchkey.codegen.seamspec.SeamSpec;
import dev.latchkey.codegen.seamspec.SeamSpecException;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Merges a Seam spec ({@code @seamapi/types}' OpenAPI document or a subset of it) into the catalogs its lists
 * feed, in place: see {@link SeamCatalogImporter} for what is taken and what is kept. Every catalog is merged
 * before any is written, so a malformed input leaves all of them unchanged.
 */
@Mojo(name = "import-seam-spec", requiresProject = false, threadSafe = true)
public class ImportSeamSpecMojo extends AbstractMojo {

  /** The spec to import. */
  @Parameter(property = "latchkey.seam.spec", required = true)
  private File spec;

  /** The catalogs to update. */
  @Parameter(property = "latchkey.seam.catalogs", required = true)
  private List<File> catalogs;

  /** The directory that paths in messages and in a new source's note are shown relative to. */
  @Parameter(defaultValue = "${basedir}", readonly = true)
  private File basedir;

  /** Creates the mojo; Maven injects the parameters. */
  public ImportSeamSpecMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    try {
      SeamSpec read = SeamSpec.read(ProjectPaths.label(basedir, spec), Files.readAllBytes(spec.toPath()), null);
      SeamCatalogImporter importer = new SeamCatalogImporter();
      Map<Path, String> merged = new LinkedHashMap<>();
      for (File catalog : catalogs) {
        String text = Files.readString(catalog.toPath(), StandardCharsets.UTF_8);
        String updated = importer.importInto(ProjectPaths.label(basedir, catalog), text, read);
        if (!updated.equals(text)) {
          merged.put(catalog.toPath(), updated);
        }
      }
      for (Map.Entry<Path, String> entry : merged.entrySet()) {
        Files.writeString(entry.getKey(), entry.getValue(), StandardCharsets.UTF_8);
        getLog().info("Updated " + entry.getKey() + " from @seamapi/types " + read.version());
      }
      if (merged.isEmpty()) {
        getLog().info("The catalogs already follow @seamapi/types " + read.version());
      }
    } catch (SeamSpecException e) {
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("Latchkey could not read or write a catalog: " + e.getMessage(), e);
    }
  }
}
