/**
 * The {@code latchkey} command: {@code explain}, {@code list}, {@code decode}, {@code tour} and
 * {@code completion}, on picocli. It reads codes only through the generated enums of the vendor modules
 * ({@link dev.latchkey.cli.Catalog} names them) and decodes pasted bodies through the vendor modules' public
 * parsers. {@link dev.latchkey.cli.Main} is the entry point; {@code ./latchkey} at the repository root builds and
 * starts it. Never published.
 */
package dev.latchkey.cli;
