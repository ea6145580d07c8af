package dev.latchkey.codegen;

import java.util.Locale;
import java.util.Optional;

/** The canonical text form of a byte code ({@code wire.form}): two hex digits without {@code 0x}. */
enum ByteForm {
  /** {@code ff}. */
  LOWER_HEX("lower-hex"),
  /** {@code FF}. */
  UPPER_HEX("upper-hex");

  private final String yamlName;

  ByteForm(String yamlName) {
    this.yamlName = yamlName;
  }

  /** The value as written in a catalog. */
  String yamlName() {
    return yamlName;
  }

  /** The canonical wire text of a byte. */
  String format(int value) {
    String hex = String.format(Locale.ROOT, "%02x", value);
    return this == UPPER_HEX ? hex.toUpperCase(Locale.ROOT) : hex;
  }

  static Optional<ByteForm> fromYaml(String value) {
    for (ByteForm form : values()) {
      if (form.yamlName.equals(value)) {
        return Optional.of(form);
      }
    }
    return Optional.empty();
  }
}
