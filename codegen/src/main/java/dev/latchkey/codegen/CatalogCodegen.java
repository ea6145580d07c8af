package dev.latchkey.codegen;

import dev.latchkey.codegen.CatalogLoader.LoadedDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One run of the plugin without Maven: resolve the catalogs, skip when nothing changed, else load, validate,
 * generate and write. The mojo only maps its parameters onto a {@link Request} and the outcome onto the log.
 */
public final class CatalogCodegen {

  private final CatalogLoader loader = new CatalogLoader();
  private final CatalogValidator validator = new CatalogValidator();
  private final EnumGenerator generator = new EnumGenerator();

  /** Creates a codegen run; it holds no state between runs. */
  public CatalogCodegen() {}

  /**
   * What to do.
   *
   * @param catalogs the configured catalog locations (files, directories, {@code classpath:} resources)
   * @param baseDirectory the directory relative locations are resolved against (the project's base directory)
   * @param outputDirectory where the enums go
   * @param stateFile where the digest of the last successful run is kept
   * @param pluginVersion the plugin's version, part of the digest
   * @param classLoader the loader of {@code classpath:} catalogs
   */
  public record Request(
      List<String> catalogs,
      Path baseDirectory,
      Path outputDirectory,
      Path stateFile,
      String pluginVersion,
      ClassLoader classLoader) {

    /**
     * Copies the list and normalises the output directory.
     *
     * @param catalogs the configured catalog locations (files, directories, {@code classpath:} resources)
     * @param baseDirectory the directory relative locations are resolved against (the project's base directory)
     * @param outputDirectory where the enums go
     * @param stateFile where the digest of the last successful run is kept
     * @param pluginVersion the plugin's version, part of the digest
     * @param classLoader the loader of {@code classpath:} catalogs
     */
    public Request {
      catalogs = List.copyOf(catalogs);
      Objects.requireNonNull(baseDirectory, "baseDirectory");
      outputDirectory = outputDirectory.toAbsolutePath().normalize();
      Objects.requireNonNull(stateFile, "stateFile");
      Objects.requireNonNull(pluginVersion, "pluginVersion");
      Objects.requireNonNull(classLoader, "classLoader");
    }
  }

  /**
   * What a run did.
   *
   * @param catalogs how many catalogs were read
   * @param enums how many enums the output directory holds for them
   * @param upToDate true when nothing changed and nothing was written
   * @param written files written because their content changed
   * @param deleted stale files deleted
   */
  public record Outcome(int catalogs, int enums, boolean upToDate, int written, int deleted) {

    /**
     * The one info line the build log shows.
     *
     * @param outputDirectory the output directory, named in the line when something was generated
     * @return the line
     */
    public String summary(Path outputDirectory) {
      if (upToDate) {
        return "Latchkey catalogs unchanged (" + count(catalogs, "catalog") + ", " + count(enums, "enum")
            + "): nothing to generate";
      }
      return "Latchkey generated " + count(enums, "enum") + " from " + count(catalogs, "catalog") + " into "
          + outputDirectory + " (" + written + " written, " + (enums - written) + " unchanged, " + deleted
          + " stale deleted)";
    }

    private static String count(int n, String noun) {
      return n + " " + noun + (n == 1 ? "" : "s");
    }
  }

  /**
   * Runs the plugin's work.
   *
   * @param request what to do
   * @param debug receives detail lines for the build's debug log
   * @return what was done
   *
   * @throws CatalogProblemsException when a location yields no catalog or a catalog is invalid; nothing is written
   * @throws IOException when the state or the sources cannot be written
   */
  public Outcome run(Request request, Consumer<String> debug) throws CatalogProblemsException, IOException {
    if (request.catalogs().isEmpty()) {
      throw new CatalogProblemsException(
          List.of(Problem.inFile("<configuration>", "no catalogs configured: set <catalogs><catalog>...")));
    }
    CatalogResolver.Resolution resolution =
        new CatalogResolver(request.baseDirectory(), request.classLoader()).resolve(request.catalogs());
    if (!resolution.problems().isEmpty()) {
      throw new CatalogProblemsException(resolution.problems());
    }
    List<CatalogInput> inputs = resolution.inputs();
    String digest = GenerationState.digest(PluginIdentity.current(request.pluginVersion()),
        "outputDirectory=" + request.outputDirectory(), inputs);
    Optional<GenerationState> previous = GenerationState.read(request.stateFile());
    if (previous.isPresent() && previous.get().digest().equals(digest)
        && previous.get().outputsExist(request.outputDirectory())) {
      return new Outcome(inputs.size(), previous.get().files().size(), true, 0, 0);
    }
    debug.accept("Latchkey codegen inputs changed (digest " + digest + "); validating " + inputs.size()
        + " catalogs");

    List<LoadedDocument> documents = inputs.stream().map(loader::load).toList();
    CatalogValidator.Result validation = validator.validate(documents);
    if (!validation.problems().isEmpty()) {
      throw new CatalogProblemsException(validation.problems());
    }
    List<GeneratedSource> sources = validation.catalogs().stream().map(generator::generate).toList();
    GeneratedSourceWriter.Outcome written = new GeneratedSourceWriter(request.outputDirectory())
        .write(sources, previous.map(GenerationState::files).orElse(List.of()));
    new GenerationState(digest, sources.stream().map(GeneratedSource::relativePath).toList())
        .write(request.stateFile());
    return new Outcome(inputs.size(), sources.size(), false, written.written(), written.deleted());
  }
}
