/**
 * The Tapkey client's internals: token management, the token endpoint, error decoding and JSON readers. Not
 * part of the API; may change in any release.
 */
package dev.latchkey.tapkey.internal;
