/**
 * Importers of the vendor documents the catalogs are transcribed from ({@code catalog/sources/}): each reads
 * the code tables of one kind of document into {@link dev.latchkey.codegen.source.SourceEntry} rows with their
 * {@code file:line}, or fails with every problem it found ({@link
 * dev.latchkey.codegen.source.SourceFormatException}) and returns nothing.
 */
package dev.latchkey.codegen.source;
