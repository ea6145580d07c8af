package dev.latchkey.codegen.reference;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The generated {@code UNKNOWN_TO_SDK_VERSION} constant of a catalog: what a code the catalog does not list
 * reads as, and the fallback advice.
 *
 * @param description the constant's description
 * @param remedies the fallback remedies, with provenance; empty in a code list
 * @param category an {@code ErrorCategory} name; empty in a code list
 * @param retryable whether repeating the request later may succeed; false in a code list
 */
public record ReferenceUnknown(
    String description, List<ReferenceRemedy> remedies, Optional<String> category, boolean retryable) {

  /**
   * Copies the list and checks the parts.
   *
   * @param description the constant's description
   * @param remedies the fallback remedies, with provenance
   * @param category an {@code ErrorCategory} name; empty in a code list
   * @param retryable whether repeating the request later may succeed
   */
  public ReferenceUnknown {
    Objects.requireNonNull(description, "description");
    remedies = List.copyOf(remedies);
    Objects.requireNonNull(category, "category");
  }
}
