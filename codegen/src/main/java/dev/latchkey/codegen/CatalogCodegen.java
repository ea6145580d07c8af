package dev.latchkey.codegen;

import dev.latchkey.codegen.CatalogLoader.LoadedDocument;
import dev.latchkey.codegen.reference.CatalogPageGenerator;
import dev.latchkey.codegen.reference.ReferenceAnchors;
import dev.latchkey.codegen.reference.ReferenceCatalog;
import dev.latchkey.codegen.reference.ReferenceIndexGenerator;
import dev.latchkey.codegen.reference.ReferencePage;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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
   * @param referenceBase where the error reference is published, ending with {@code /}: each enum's
   *     {@code reference()} links there; empty for enums without links
   */
  public record Request(
      List<String> catalogs,
      Path baseDirectory,
      Path outputDirectory,
      Path stateFile,
      String pluginVersion,
      ClassLoader classLoader,
      Optional<String> referenceBase) {

    /**
     * Copies the list and normalises the output directory.
     *
     * @param catalogs the configured catalog locations (files, directories, {@code classpath:} resources)
     * @param baseDirectory the directory relative locations are resolved against (the project's base directory)
     * @param outputDirectory where the enums go
     * @param stateFile where the digest of the last successful run is kept
     * @param pluginVersion the plugin's version, part of the digest
     * @param classLoader the loader of {@code classpath:} catalogs
     * @param referenceBase where the error reference is published, ending with {@code /}; empty for none
     * @throws IllegalArgumentException when the reference base is not an absolute URI ending with {@code /}
     */
    public Request {
      catalogs = List.copyOf(catalogs);
      Objects.requireNonNull(baseDirectory, "baseDirectory");
      outputDirectory = outputDirectory.toAbsolutePath().normalize();
      Objects.requireNonNull(stateFile, "stateFile");
      Objects.requireNonNull(pluginVersion, "pluginVersion");
      Objects.requireNonNull(classLoader, "classLoader");
      referenceBase.ifPresent(Request::checkReferenceBase);
    }

    /**
     * A request whose enums link to the project's published reference ({@link ReferenceAnchors#DEFAULT_BASE}).
     *
     * @param catalogs the configured catalog locations (files, directories, {@code classpath:} resources)
     * @param baseDirectory the directory relative locations are resolved against (the project's base directory)
     * @param outputDirectory where the enums go
     * @param stateFile where the digest of the last successful run is kept
     * @param pluginVersion the plugin's version, part of the digest
     * @param classLoader the loader of {@code classpath:} catalogs
     */
    public Request(List<String> catalogs, Path baseDirectory, Path outputDirectory, Path stateFile,
        String pluginVersion, ClassLoader classLoader) {
      this(catalogs, baseDirectory, outputDirectory, stateFile, pluginVersion, classLoader,
          Optional.of(ReferenceAnchors.DEFAULT_BASE));
    }

    private static void checkReferenceBase(String base) {
      URI uri;
      try {
        uri = new URI(base);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("referenceBase is not a URI: " + e.getMessage(), e);
      }
      if (!uri.isAbsolute() || !base.endsWith("/") || uri.getRawQuery() != null || uri.getRawFragment() != null) {
        throw new IllegalArgumentException("referenceBase must be an absolute URI of a folder, ending with '/'"
            + " and without query or fragment, such as " + ReferenceAnchors.DEFAULT_BASE + "; was " + base);
      }
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
        "outputDirectory=" + request.outputDirectory() + "\nreferenceBase=" + request.referenceBase().orElse(""),
        inputs);
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
    EnumGenerator generator = new EnumGenerator(request.referenceBase().orElse(null));
    List<GeneratedSource> sources = validation.catalogs().stream().map(generator::generate).toList();
    GeneratedSourceWriter.Outcome written = new GeneratedSourceWriter(request.outputDirectory())
        .write(sources, previous.map(GenerationState::files).orElse(List.of()));
    new GenerationState(digest, sources.stream().map(GeneratedSource::relativePath).toList())
        .write(request.stateFile());
    return new Outcome(inputs.size(), sources.size(), false, written.written(), written.deleted());
  }

  /**
   * What the error reference is made from and where it goes.
   *
   * @param catalogs the catalog locations (files, directories, {@code classpath:} resources), in page order
   * @param baseDirectory the directory relative locations are resolved against; pages link catalogs through it
   * @param referenceDirectory where the pages go
   * @param regenerateCommand the command that regenerates the pages, shown on them
   * @param classLoader the loader of {@code classpath:} catalogs
   */
  public record ReferenceRequest(
      List<String> catalogs,
      Path baseDirectory,
      Path referenceDirectory,
      String regenerateCommand,
      ClassLoader classLoader) {

    /**
     * Copies the list and normalises the directories.
     *
     * @param catalogs the catalog locations, in page order
     * @param baseDirectory the directory relative locations are resolved against
     * @param referenceDirectory where the pages go
     * @param regenerateCommand the command that regenerates the pages
     * @param classLoader the loader of {@code classpath:} catalogs
     */
    public ReferenceRequest {
      catalogs = List.copyOf(catalogs);
      baseDirectory = baseDirectory.toAbsolutePath().normalize();
      referenceDirectory = referenceDirectory.toAbsolutePath().normalize();
      Objects.requireNonNull(regenerateCommand, "regenerateCommand");
      Objects.requireNonNull(classLoader, "classLoader");
    }
  }

  /**
   * Renders the error reference: one Markdown page per catalog and the index {@code README.md}. Nothing is
   * written.
   *
   * @param request what to render
   * @return the pages, the index last
   * @throws CatalogProblemsException when a location yields no catalog or a catalog is invalid
   */
  public List<ReferencePage> reference(ReferenceRequest request) throws CatalogProblemsException {
    CatalogResolver.Resolution resolution =
        new CatalogResolver(request.baseDirectory(), request.classLoader()).resolve(request.catalogs());
    if (!resolution.problems().isEmpty()) {
      throw new CatalogProblemsException(resolution.problems());
    }
    CatalogValidator.Result validation =
        validator.validate(resolution.inputs().stream().map(loader::load).toList());
    if (!validation.problems().isEmpty()) {
      throw new CatalogProblemsException(validation.problems());
    }
    String prefix = request.referenceDirectory().relativize(request.baseDirectory()).toString()
        .replace('\\', '/');
    CatalogPageGenerator pages =
        new CatalogPageGenerator(prefix.isEmpty() ? "" : prefix + "/", request.regenerateCommand());
    List<ReferenceCatalog> catalogs = validation.catalogs().stream().map(ReferenceModel::of).toList();
    List<ReferencePage> out = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (ReferenceCatalog catalog : catalogs) {
      ReferencePage page = pages.generate(catalog);
      if (!names.add(page.fileName())) {
        throw new CatalogProblemsException(List.of(Problem.inFile(catalog.file(),
            "two catalogs of vendor " + catalog.vendor() + " have the file name of this one: their reference pages"
                + " would both be " + page.fileName())));
      }
      out.add(page);
    }
    out.add(new ReferenceIndexGenerator(request.regenerateCommand()).generate(catalogs));
    return out;
  }

  /**
   * Renders the error reference and writes it: pages whose content changed are rewritten, generated pages no
   * catalog produces any more are deleted, other files are left alone.
   *
   * @param request what to render and where
   * @return the pages written (changed or new) and deleted, by file name
   * @throws CatalogProblemsException when a location yields no catalog or a catalog is invalid; nothing is written
   * @throws IOException when a page cannot be written or deleted
   */
  public List<String> writeReference(ReferenceRequest request) throws CatalogProblemsException, IOException {
    List<ReferencePage> pages = reference(request);
    Path directory = request.referenceDirectory();
    Files.createDirectories(directory);
    List<String> touched = new ArrayList<>();
    Set<String> current = new HashSet<>();
    for (ReferencePage page : pages) {
      current.add(page.fileName());
      Path file = directory.resolve(page.fileName());
      byte[] content = page.content().getBytes(StandardCharsets.UTF_8);
      if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), content)) {
        Files.write(file, content);
        touched.add(page.fileName());
      }
    }
    for (Path stale : generatedPages(directory)) {
      if (!current.contains(stale.getFileName().toString())) {
        Files.delete(stale);
        touched.add(stale.getFileName().toString());
      }
    }
    return touched;
  }

  /**
   * The pages in a directory that the reference generator wrote (they start with its header comment).
   *
   * @param directory the reference directory
   * @return the generated {@code .md} files, sorted; empty when the directory does not exist
   * @throws IOException when the directory cannot be read
   */
  public static List<Path> generatedPages(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(directory)) {
      List<Path> generated = new ArrayList<>();
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".md")).sorted().toList()) {
        if (Files.readString(file, StandardCharsets.UTF_8).startsWith("<!-- Generated ")) {
          generated.add(file);
        }
      }
      return generated;
    }
  }
}
