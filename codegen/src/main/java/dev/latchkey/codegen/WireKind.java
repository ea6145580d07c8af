package dev.latchkey.codegen;

/** How a catalog's codes appear on the wire ({@code wire.kind}, written as {@link YamlWords} says). */
enum WireKind {
  /** An integer 0..255 written as hex on the wire (Nuki). */
  BYTE,
  /** A token such as {@code failed_to_set_on_device}, matched exactly. */
  STRING,
  /** An HTTP status 100..599. */
  HTTP_STATUS
}
