/** The Latchkey client for seam, with the enums generated from the seam catalogs. */
package dev.latchkey.seam;
