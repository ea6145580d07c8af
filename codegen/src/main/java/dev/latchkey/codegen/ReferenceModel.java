package dev.latchkey.codegen;

import dev.latchkey.codegen.reference.ReferenceCatalog;
import dev.latchkey.codegen.reference.ReferenceEntry;
import dev.latchkey.codegen.reference.ReferenceRemedy;
import dev.latchkey.codegen.reference.ReferenceSource;
import dev.latchkey.codegen.reference.ReferenceUnknown;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The reference's view of a validated catalog: what the pages show, in the public types they are built from. */
final class ReferenceModel {

  private ReferenceModel() {}

  static ReferenceCatalog of(Catalog catalog) {
    List<ReferenceEntry> entries = catalog.entries().stream().map(entry -> entry(catalog, entry)).toList();
    return new ReferenceCatalog(catalog.file(), catalog.vendor(), catalog.type(), catalog.errors(),
        catalog.summary(), catalog.sources().stream().map(ReferenceModel::source).toList(), entries,
        unknown(catalog));
  }

  /** The catalog's {@code unknown:} block, else what the generated constant has without one. */
  private static ReferenceUnknown unknown(Catalog catalog) {
    Optional<String> defaultCategory =
        catalog.errors() ? Optional.of(UnknownCode.DEFAULT_CATEGORY) : Optional.empty();
    return catalog.unknown()
        .map(unknown -> new ReferenceUnknown(unknown.description(),
            unknown.remedies().stream().map(r -> new ReferenceRemedy(r.text(), r.fromVendor())).toList(),
            catalog.errors() ? Optional.of(unknown.category()) : Optional.empty(), unknown.retryable()))
        .orElseGet(() -> new ReferenceUnknown(EnumGenerator.DEFAULT_UNKNOWN_DESCRIPTION, List.of(), defaultCategory,
            false));
  }

  private static ReferenceEntry entry(Catalog catalog, CatalogEntry entry) {
    Optional<String> display = catalog.wireKind() == WireKind.BYTE
        ? Optional.of(String.format(Locale.ROOT, "0x%02X", entry.numericValue()))
        : Optional.empty();
    Map<String, List<String>> attributes = new LinkedHashMap<>();
    for (Attribute attribute : catalog.attributes()) {
      List<String> values = entry.attribute(attribute.name());
      if (!values.isEmpty()) {
        attributes.put(attribute.name(), values);
      }
    }
    return new ReferenceEntry(entry.wireValue(), display, entry.name(), entry.description(),
        entry.remedies().stream().map(remedy -> new ReferenceRemedy(remedy.text(), remedy.fromVendor())).toList(),
        Optional.ofNullable(entry.category()), entry.retryable(), entry.deprecated(), entry.replacedBy(),
        source(entry.source()), entry.docs(), attributes, entry.note(), entry.httpStatuses());
  }

  private static ReferenceSource source(DocumentSource source) {
    return new ReferenceSource(source.id(), source.title(), source.url(), source.note());
  }
}
