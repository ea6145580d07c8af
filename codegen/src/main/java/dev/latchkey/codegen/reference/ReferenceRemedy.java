package dev.latchkey.codegen.reference;

import java.util.Objects;

/**
 * One remedy with its provenance.
 *
 * @param text the remedy's words
 * @param fromVendor true for the vendor's words ({@code remedy_source: vendor}), false for Latchkey's advice
 */
public record ReferenceRemedy(String text, boolean fromVendor) {

  /**
   * Checks the text.
   *
   * @param text the remedy's words
   * @param fromVendor true for the vendor's words, false for Latchkey's advice
   */
  public ReferenceRemedy {
    Objects.requireNonNull(text, "text");
  }
}
