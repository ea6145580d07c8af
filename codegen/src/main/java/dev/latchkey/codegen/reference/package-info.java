/**
 * The Markdown error reference: one page per catalog ({@link dev.latchkey.codegen.reference.CatalogPageGenerator})
 * and an index ({@link dev.latchkey.codegen.reference.ReferenceIndexGenerator}), from a view of the validated
 * catalogs ({@link dev.latchkey.codegen.reference.ReferenceCatalog}) that
 * {@link dev.latchkey.codegen.CatalogCodegen#reference} builds.
 */
package dev.latchkey.codegen.reference;
