/**
 * Small text helpers that the plugin's writers and the {@code latchkey} command share: JSON string quoting
 * ({@link dev.latchkey.codegen.text.JsonStrings}) and the edit distance behind "did you mean"
 * ({@link dev.latchkey.codegen.text.EditDistance}). Plain Java, no dependencies.
 */
package dev.latchkey.codegen.text;
