/** The Latchkey client for tapkey, with the enums generated from the tapkey catalogs. */
package dev.latchkey.tapkey;
