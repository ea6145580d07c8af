package dev.latchkey.codegen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns the configured catalog locations into catalog bytes: a {@code .yaml} file, a directory (every
 * {@code *.yaml} directly in it, sorted by name) or {@code classpath:<resource>} read through a class loader
 * (the plugin's own, so a catalog jar can be added as a dependency of the plugin).
 */
final class CatalogResolver {

  static final String CLASSPATH_PREFIX = "classpath:";

  private final Path baseDirectory;
  private final ClassLoader classLoader;

  CatalogResolver(Path baseDirectory, ClassLoader classLoader) {
    this.baseDirectory = baseDirectory.toAbsolutePath().normalize();
    this.classLoader = classLoader;
  }

  /** The catalogs found, in configuration order, and a problem for each location that yields none. */
  Resolution resolve(List<String> locations) {
    List<CatalogInput> inputs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String location : locations) {
      String trimmed = location == null ? "" : location.trim();
      if (trimmed.isEmpty()) {
        problems.add(Problem.inFile("<configuration>", "empty catalog location"));
      } else if (trimmed.startsWith(CLASSPATH_PREFIX)) {
        resolveResource(trimmed, inputs, problems);
      } else {
        resolvePath(trimmed, inputs, problems);
      }
    }
    return new Resolution(List.copyOf(inputs), List.copyOf(problems));
  }

  private void resolveResource(String location, List<CatalogInput> inputs, List<Problem> problems) {
    String resource = location.substring(CLASSPATH_PREFIX.length());
    while (resource.startsWith("/")) {
      resource = resource.substring(1);
    }
    try (InputStream in = classLoader.getResourceAsStream(resource)) {
      if (in == null) {
        problems.add(Problem.inFile(location, "no such resource on the plugin's classpath"
            + " (add the jar that holds it as a <dependency> of the plugin; classpath: names one .yaml file,"
            + " not a directory)"));
        return;
      }
      inputs.add(new CatalogInput(CLASSPATH_PREFIX + resource, in.readAllBytes()));
    } catch (IOException e) {
      problems.add(Problem.inFile(location, "cannot read resource: " + e.getMessage()));
    }
  }

  private void resolvePath(String location, List<CatalogInput> inputs, List<Problem> problems) {
    Path path = baseDirectory.resolve(location).normalize();
    if (Files.isDirectory(path)) {
      List<Path> files;
      try (Stream<Path> children = Files.list(path)) {
        files = children
            .filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p))
            .sorted()
            .toList();
      } catch (IOException e) {
        problems.add(Problem.inFile(display(path), "cannot list directory: " + e.getMessage()));
        return;
      }
      if (files.isEmpty()) {
        problems.add(Problem.inFile(display(path), "directory holds no *.yaml catalog"));
      }
      files.forEach(file -> readFile(file, inputs, problems));
    } else if (Files.isRegularFile(path)) {
      readFile(path, inputs, problems);
    } else {
      problems.add(Problem.inFile(display(path), "no such catalog file or directory"));
    }
  }

  private void readFile(Path file, List<CatalogInput> inputs, List<Problem> problems) {
    try {
      inputs.add(new CatalogInput(display(file), Files.readAllBytes(file)));
    } catch (IOException e) {
      problems.add(Problem.inFile(display(file), "cannot read file: " + e.getMessage()));
    }
  }

  /** A path relative to the base directory with '/' separators: stable across machines and clickable in logs. */
  private String display(Path path) {
    return relativizeOrAbsolute(path).toString().replace('\\', '/');
  }

  private Path relativizeOrAbsolute(Path path) {
    try {
      return baseDirectory.relativize(path);
    } catch (IllegalArgumentException differentRoot) {
      return path;
    }
  }

  /** The outcome of {@link #resolve}. */
  record Resolution(List<CatalogInput> inputs, List<Problem> problems) {}
}
