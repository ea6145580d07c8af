package dev.latchkey.catalog;

import dev.latchkey.codegen.source.SourceLocation;

/**
 * One way a catalog disagrees with a source it is transcribed from.
 *
 * @param catalog the catalog file, relative to the catalog directory
 * @param code the code (or the source's words for a case without a code)
 * @param field the catalog field that disagrees: code (missing), description, remedies, name, docs, ...
 * @param catalogText what the catalog says; "(none)" when it says nothing
 * @param sourceText what the source says
 * @param location where the source says it
 */
record Difference(
    String catalog, String code, String field, String catalogText, String sourceText, SourceLocation location) {

  /** One line of the failure message. */
  String format() {
    return catalog + " " + code + " " + field + ": catalog \"" + catalogText + "\" vs source \"" + sourceText
        + "\" (" + location + ")";
  }
}
