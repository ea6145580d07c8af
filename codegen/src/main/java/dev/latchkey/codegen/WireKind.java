package dev.latchkey.codegen;

import java.util.Optional;

/** How a catalog's codes appear on the wire ({@code wire.kind}). */
enum WireKind {
  /** An integer 0..255 written as hex on the wire (Nuki). */
  BYTE("byte"),
  /** A token such as {@code failed_to_set_on_device}, matched exactly. */
  STRING("string"),
  /** An HTTP status 100..599. */
  HTTP_STATUS("http-status");

  private final String yamlName;

  WireKind(String yamlName) {
    this.yamlName = yamlName;
  }

  /** The value as written in a catalog. */
  String yamlName() {
    return yamlName;
  }

  static Optional<WireKind> fromYaml(String value) {
    for (WireKind kind : values()) {
      if (kind.yamlName.equals(value)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
