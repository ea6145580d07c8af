/** Implementation details of sdk-core; not an API, may change in any release. */
package dev.latchkey.core.internal;
