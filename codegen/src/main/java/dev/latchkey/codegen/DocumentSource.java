package dev.latchkey.codegen;

import java.util.Objects;
import java.util.Optional;

/**
 * A document that catalog entries come from (an item of {@code sources}).
 *
 * @param id referenced by entries' {@code source} and {@code remedy_from}
 * @param title the document's title
 * @param url where it is published
 * @param note how the facts were taken, if recorded
 */
record DocumentSource(String id, String title, String url, Optional<String> note) {

  DocumentSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(note, "note");
  }
}
