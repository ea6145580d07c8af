/**
 * Support for the enums that the Latchkey codegen plugin generates from the catalogs. For generated code only:
 * applications use the generated enums' own {@code fromWire}, {@code fromByte}, {@code fromStatus} and
 * {@code knownValues()}.
 *
 * <p>Vendor tier ({@link dev.latchkey.core.VendorApi}).
 */
@VendorApi
package dev.latchkey.core.codes;

import dev.latchkey.core.VendorApi;
