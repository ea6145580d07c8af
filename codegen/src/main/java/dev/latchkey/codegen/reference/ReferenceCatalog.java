package dev.latchkey.codegen.reference;

import java.util.List;
import java.util.Objects;

/**
 * A validated catalog, as the reference shows it.
 *
 * @param file the catalog's location relative to the catalogs' base directory ({@code seam/access-code-errors.yaml})
 * @param vendor the lower-case vendor id
 * @param type the fully qualified name of the generated enum
 * @param errors true for an error catalog (remedies, category, retryable), false for a plain code list
 * @param summary what the catalog lists
 * @param sources the documents the codes come from
 * @param entries the codes, in file order
 * @param unknown the generated constant for codes the catalog does not list
 */
public record ReferenceCatalog(
    String file,
    String vendor,
    String type,
    boolean errors,
    String summary,
    List<ReferenceSource> sources,
    List<ReferenceEntry> entries,
    ReferenceUnknown unknown) {

  /**
   * Copies the lists and checks the parts.
   *
   * @param file the catalog's location relative to the catalogs' base directory
   * @param vendor the lower-case vendor id
   * @param type the fully qualified name of the generated enum
   * @param errors true for an error catalog, false for a plain code list
   * @param summary what the catalog lists
   * @param sources the documents the codes come from
   * @param entries the codes, in file order
   * @param unknown the generated constant for codes the catalog does not list
   */
  public ReferenceCatalog {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(summary, "summary");
    sources = List.copyOf(sources);
    entries = List.copyOf(entries);
    Objects.requireNonNull(unknown, "unknown");
  }

  /** {@return the enum's simple name: {@code SeamAccessCodeErrorCode}} */
  public String simpleType() {
    return type.substring(type.lastIndexOf('.') + 1);
  }
}
