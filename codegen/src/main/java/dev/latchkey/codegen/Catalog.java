package dev.latchkey.codegen;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A validated catalog: everything needed to emit one enum.
 *
 * @param file the catalog's location, as shown in messages and in the generated javadoc
 * @param vendor the lower-case vendor id
 * @param type the fully qualified name of the enum to generate
 * @param kind what the catalog lists: errors (an {@code ErrorCode} enum) or plain codes (a {@code WireCode} enum)
 * @param summary the enum's javadoc
 * @param wireKind how codes appear on the wire
 * @param byteForm the canonical text form of byte codes; present exactly for {@link WireKind#BYTE}
 * @param attributes the attributes the catalog declares, in declaration order
 * @param sources the documents the entries come from
 * @param entries the codes, in file order
 * @param unknown the catalog's {@code unknown:} block; empty means the generic {@code UNKNOWN_TO_SDK_VERSION}
 */
record Catalog(
    String file,
    String vendor,
    String type,
    CatalogKind kind,
    String summary,
    WireKind wireKind,
    Optional<ByteForm> byteForm,
    List<Attribute> attributes,
    List<DocumentSource> sources,
    List<CatalogEntry> entries,
    Optional<UnknownCode> unknown) {

  Catalog {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(wireKind, "wireKind");
    Objects.requireNonNull(byteForm, "byteForm");
    Objects.requireNonNull(kind, "kind");
    attributes = List.copyOf(attributes);
    sources = List.copyOf(sources);
    entries = List.copyOf(entries);
    Objects.requireNonNull(unknown, "unknown");
  }

  /** Whether any entry has a note; the generated enum has a {@code note()} accessor only then. */
  boolean usesNotes() {
    return entries.stream().anyMatch(entry -> entry.note().isPresent());
  }

  /** Whether the catalog lists errors (the enum implements {@code ErrorCode}) rather than plain codes. */
  boolean errors() {
    return kind == CatalogKind.ERRORS;
  }

  /** Whether any entry lists HTTP statuses. */
  boolean usesHttpStatuses() {
    return entries.stream().anyMatch(entry -> !entry.httpStatuses().isEmpty());
  }
}
