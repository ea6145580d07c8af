/** The Latchkey client for nuki, with the enums generated from the nuki catalogs. */
package dev.latchkey.nuki;
