/**
 * Support for the enums that the Latchkey codegen plugin generates from the catalogs. For generated code only:
 * applications use the generated enums' own {@code fromWire}, {@code fromByte}, {@code fromStatus} and
 * {@code knownValues()}.
 */
package dev.latchkey.core.codes;
