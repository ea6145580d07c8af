/**
 * Implementation details of sdk-core; not an API, may change in any release.
 *
 * <p>Marked {@link dev.latchkey.core.InternalApi}: vendor modules do not import it.
 */
@InternalApi
package dev.latchkey.core.internal;

import dev.latchkey.core.InternalApi;
