package dev.latchkey.codegen;

import java.nio.charset.StandardCharsets;

/**
 * The raw bytes of one catalog and where they came from.
 *
 * @param location how the catalog is named in messages and in the digest: a path relative to the project's base
 *     directory, or {@code classpath:<resource>}
 * @param content the file's bytes
 */
record CatalogInput(String location, byte[] content) {

  /** A catalog given as text, for tests. */
  static CatalogInput ofText(String location, String text) {
    return new CatalogInput(location, text.getBytes(StandardCharsets.UTF_8));
  }
}
