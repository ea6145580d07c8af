/**
 * The SDK's own small JSON: an immutable tree ({@link dev.latchkey.core.json.JsonValue}), its builders, and a
 * bounded reader and writer ({@link dev.latchkey.core.json.Json}) over jackson-core's streaming parser.
 *
 * <p>Vendor tier: for vendor modules and the testkit, not for application code; application code sees the
 * vendor modules' typed values. The SDK depends on jackson-core only (no databind, no annotations), so it
 * runs beside any Jackson 2 an application carries; no Jackson type appears in these signatures (see ADR
 * 0005).
 *
 * <p>Marked {@link dev.latchkey.core.VendorApi}.
 */
@VendorApi
package dev.latchkey.core.json;

import dev.latchkey.core.VendorApi;
