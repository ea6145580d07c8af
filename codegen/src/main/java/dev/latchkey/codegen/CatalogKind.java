package dev.latchkey.codegen;

import java.util.Optional;

/** What a catalog lists (its top-level {@code kind}); decides the generated enum's interface. */
enum CatalogKind {
  /** Error codes with remedies, category and retryability: the enum implements {@code ErrorCode}. */
  ERRORS("errors"),
  /** A plain code list (event types, states): the enum implements {@code WireCode}. */
  CODES("codes");

  private final String yamlName;

  CatalogKind(String yamlName) {
    this.yamlName = yamlName;
  }

  /** The value as written in a catalog. */
  String yamlName() {
    return yamlName;
  }

  static Optional<CatalogKind> fromYaml(String value) {
    for (CatalogKind kind : values()) {
      if (kind.yamlName.equals(value)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
