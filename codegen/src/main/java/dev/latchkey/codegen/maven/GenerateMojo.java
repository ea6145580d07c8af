package dev.latchkey.codegen.maven;

import dev.latchkey.codegen.CatalogCodegen;
import dev.latchkey.codegen.CatalogProblemsException;
import dev.latchkey.codegen.Problem;
import dev.latchkey.codegen.reference.ReferenceAnchors;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Validates Latchkey catalogs and generates one Java enum per catalog into {@code outputDirectory}, which is
 * added to the compile source roots. Does nothing (and writes nothing) when the catalogs and configuration are
 * unchanged since the last successful run.
 *
 * <p>The mojo lives in its own package on purpose: Maven maps the {@code <catalog>} elements of
 * {@code <catalogs>} to a class named {@code Catalog} in the mojo's package when there is one, which would
 * clash with the model class {@code dev.latchkey.codegen.Catalog}.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

  /**
   * The catalogs: a {@code .yaml} file, a directory (every {@code *.yaml} directly in it, by name) or
   * {@code classpath:<resource>} read from the plugin's dependencies, such as
   * {@code classpath:latchkey-catalog/nuki/error-codes.yaml} from {@code dev.latchkey:latchkey-catalog}.
   * Relative paths are resolved against the project's base directory.
   */
  @Parameter(required = true)
  private List<String> catalogs;

  /** Where the generated enums go. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/latchkey", required = true)
  private File outputDirectory;

  /**
   * Where to write the Markdown error reference: one page per catalog and a {@code README.md} index. Unset (the
   * default), no reference is written.
   */
  @Parameter(property = "latchkey.reference.directory")
  private File referenceDirectory;

  /** The command that regenerates the reference, named on its pages. */
  @Parameter(defaultValue = "mvn generate-sources")
  private String referenceCommand;

  /**
   * Where the error reference is published, ending with {@code /}: each generated enum's {@code reference()}
   * links its codes to {@code <referenceBaseUrl><page>#<anchor>} there. The default is the project's
   * {@code docs/reference/} on GitHub; {@code none} generates enums without links (their {@code reference()} is
   * empty).
   */
  @Parameter(property = "latchkey.reference.baseUrl", defaultValue = ReferenceAnchors.DEFAULT_BASE)
  private String referenceBaseUrl;

  /** Skips the goal. */
  @Parameter(property = "latchkey.codegen.skip", defaultValue = "false")
  private boolean skip;

  /** The project: base directory, build directory and compile source roots. */
  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  /** This execution; its id names the state file, so two executions never share one. */
  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  /** This plugin; its version is part of the up-to-date digest. */
  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  /** Creates the mojo; Maven injects the parameters. */
  public GenerateMojo() {}

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Latchkey codegen skipped");
      return;
    }
    File stateFile = new File(project.getBuild().getDirectory(),
        "latchkey-codegen/" + mojoExecution.getExecutionId() + ".state");
    String base = referenceBaseUrl == null ? "" : referenceBaseUrl.strip();
    CatalogCodegen.Request request;
    try {
      request = new CatalogCodegen.Request(
          catalogs == null ? List.of() : catalogs,
          project.getBasedir().toPath(),
          outputDirectory.toPath(),
          stateFile.toPath(),
          plugin.getVersion(),
          GenerateMojo.class.getClassLoader(),
          base.isEmpty() || base.equals("none") ? Optional.empty() : Optional.of(base));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException("Latchkey codegen: " + e.getMessage(), e);
    }
    try {
      CatalogCodegen.Outcome outcome = new CatalogCodegen().run(request, message -> getLog().debug(message));
      getLog().info(outcome.summary(request.outputDirectory()));
      if (referenceDirectory != null) {
        List<String> pages = new CatalogCodegen().writeReference(new CatalogCodegen.ReferenceRequest(
            request.catalogs(), request.baseDirectory(), referenceDirectory.toPath(), referenceCommand,
            request.classLoader()));
        getLog().info("Latchkey reference in " + referenceDirectory + ": " + pages.size() + " pages written or"
            + " deleted");
      }
    } catch (CatalogProblemsException e) {
      e.problems().forEach(problem -> getLog().error(problem.format()));
      throw new MojoFailureException(e.getMessage(), e);
    } catch (IOException | UncheckedIOException e) {
      throw new MojoExecutionException("Latchkey codegen could not write its output: " + e.getMessage(), e);
    } finally {
      // Also when up to date or failing: the compiler must see the sources generated earlier.
      project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
    }
  }
}
