package dev.latchkey.codegen.reference;

import java.util.Objects;

/**
 * One generated Markdown page.
 *
 * @param fileName the page's file name in the reference directory ({@code seam-access-code-errors.md})
 * @param content the page, {@code \n} line endings
 */
public record ReferencePage(String fileName, String content) {

  /**
   * Checks the parts.
   *
   * @param fileName the page's file name in the reference directory
   * @param content the page
   */
  public ReferencePage {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(content, "content");
  }
}
