package dev.latchkey.codegen;

/**
 * What a catalog lists (its top-level {@code kind}, written as {@link YamlWords} says); decides the generated
 * enum's interface.
 */
enum CatalogKind {
  /** Error codes with remedies, category and retryability: the enum implements {@code ErrorCode}. */
  ERRORS,
  /** A plain code list (event types, states): the enum implements {@code WireCode}. */
  CODES
}
