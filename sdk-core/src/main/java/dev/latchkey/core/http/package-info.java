/**
 * The HTTP transport SPI that vendor modules build their clients on: {@link dev.latchkey.core.http.HttpTransport},
 * immutable {@link dev.latchkey.core.http.ApiRequest}s, pluggable authentication and error decoding.
 */
package dev.latchkey.core.http;
