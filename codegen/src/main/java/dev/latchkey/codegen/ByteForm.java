package dev.latchkey.codegen;

import java.util.Locale;

/**
 * The canonical text form of a byte code ({@code wire.form}, written as {@link YamlWords} says): two hex digits
 * without {@code 0x}.
 */
enum ByteForm {
  /** {@code ff}. */
  LOWER_HEX,
  /** {@code FF}. */
  UPPER_HEX;

  /** The canonical wire text of a byte. */
  String format(int value) {
    String hex = String.format(Locale.ROOT, "%02x", value);
    return this == UPPER_HEX ? hex.toUpperCase(Locale.ROOT) : hex;
  }
}
