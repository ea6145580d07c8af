package dev.latchkey.codegen;

import dev.latchkey.codegen.CatalogLoader.LoadedDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/** Reads the YAML fixtures under {@code src/test/resources} and runs them through loader and validator. */
final class Fixtures {

  private Fixtures() {}

  /** A fixture as catalog input, named by its resource path (as the problems will show it). */
  static CatalogInput input(String resource) {
    try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return new CatalogInput(resource, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads and validates the fixtures together. */
  static CatalogValidator.Result validate(String... resources) {
    List<LoadedDocument> documents = Arrays.stream(resources)
        .map(Fixtures::input)
        .map(new CatalogLoader()::load)
        .toList();
    return new CatalogValidator().validate(documents);
  }

  /** The formatted problems of the fixtures. */
  static List<String> problems(String... resources) {
    return validate(resources).problems().stream().map(Problem::format).toList();
  }

  /** The single valid catalog of a fixture. */
  static Catalog catalog(String resource) {
    CatalogValidator.Result result = validate(resource);
    if (!result.problems().isEmpty() || result.catalogs().size() != 1) {
      throw new IllegalStateException("fixture " + resource + " is not valid: " + result.problems());
    }
    return result.catalogs().get(0);
  }
}
