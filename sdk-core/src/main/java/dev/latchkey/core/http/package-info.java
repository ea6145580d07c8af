/**
 * The HTTP transport SPI that vendor modules build their clients on: {@link dev.latchkey.core.http.HttpTransport},
 * immutable {@link dev.latchkey.core.http.ApiRequest}s, pluggable authentication and error decoding, and
 * {@link dev.latchkey.core.http.ClientBuilder}, the transport settings every vendor client's builder shares.
 *
 * <p>Vendor tier ({@link dev.latchkey.core.VendorApi}): for vendor modules and the testkit, not for
 * application code.
 */
@VendorApi
package dev.latchkey.core.http;

import dev.latchkey.core.VendorApi;
