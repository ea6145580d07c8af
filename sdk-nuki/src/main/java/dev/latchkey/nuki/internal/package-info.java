/** Internal helpers of the Nuki module (error decoding, JSON reading); not part of the public API. */
package dev.latchkey.nuki.internal;
