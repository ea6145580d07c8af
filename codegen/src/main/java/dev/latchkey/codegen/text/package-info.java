/**
 * Small text helpers that the plugin and the {@code latchkey} command share: JSON string quoting
 * ({@link dev.latchkey.codegen.text.JsonStrings}), strict UTF-8 decoding ({@link dev.latchkey.codegen.text.Utf8})
 * and the edit distance behind "did you mean" ({@link dev.latchkey.codegen.text.EditDistance}). Plain Java, no
 * dependencies.
 */
package dev.latchkey.codegen.text;
