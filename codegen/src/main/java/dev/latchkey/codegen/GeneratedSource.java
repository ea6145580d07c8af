package dev.latchkey.codegen;

/**
 * One emitted source file.
 *
 * @param relativePath the path under the output directory, with '/' separators ({@code dev/latchkey/nuki/X.java})
 * @param content the Java source
 */
record GeneratedSource(String relativePath, String content) {}
