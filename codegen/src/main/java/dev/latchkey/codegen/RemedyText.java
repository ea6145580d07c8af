package dev.latchkey.codegen;

import java.util.Objects;

/**
 * One remedy of an entry, with its provenance.
 *
 * @param text the remedy's words
 * @param fromVendor true for the vendor's words, false for Latchkey's advice
 */
record RemedyText(String text, boolean fromVendor) {

  RemedyText {
    Objects.requireNonNull(text, "text");
  }
}
