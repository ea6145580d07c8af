package dev.latchkey.codegen.source;

import java.util.Objects;

/**
 * The first paragraph under a heading of a vendor document, where the document gives advice in prose rather
 * than in a table (Tapkey's "Expired authentication token").
 *
 * @param heading the heading, as written
 * @param text the paragraph, as written
 * @param location where the paragraph starts
 */
public record SourceParagraph(String heading, String text, SourceLocation location) {

  /**
   * Checks the parts.
   *
   * @param heading the heading, as written
   * @param text the paragraph, as written
   * @param location where the paragraph starts
   */
  public SourceParagraph {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(location, "location");
  }
}
