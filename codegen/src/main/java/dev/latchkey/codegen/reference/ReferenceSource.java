package dev.latchkey.codegen.reference;

import java.util.Objects;
import java.util.Optional;

/**
 * A document a catalog's codes come from, as the reference shows it.
 *
 * @param id the id entries refer to
 * @param title the document's title
 * @param url where the vendor publishes it
 * @param note how the facts were taken, if recorded
 */
public record ReferenceSource(String id, String title, String url, Optional<String> note) {

  /**
   * Checks the parts.
   *
   * @param id the id entries refer to
   * @param title the document's title
   * @param url where the vendor publishes it
   * @param note how the facts were taken, if recorded
   */
  public ReferenceSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(note, "note");
  }
}
