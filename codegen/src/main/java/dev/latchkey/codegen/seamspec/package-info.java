/**
 * Seam's machine-readable spec: reads the OpenAPI document of {@code @seamapi/types} (the whole document or
 * the subset kept in {@code catalog/sources/seam/spec/}) and merges its access-code errors and warnings into
 * Latchkey's catalogs, keeping what maintainers wrote by hand.
 */
package dev.latchkey.codegen.seamspec;
