/**
 * The vendor-neutral runtime of Latchkey: the {@link dev.latchkey.core.ErrorCode} contract that generated
 * enums implement, the cross-vendor {@link dev.latchkey.core.ErrorCategory}, and the exceptions, HTTP
 * transport and helpers shared by the vendor modules.
 */
package dev.latchkey.core;
