package dev.latchkey.codegen.seamspec;

import java.util.List;
import java.util.Optional;

/**
 * One error or warning code of a list in Seam's spec.
 *
 * @param code the wire code ({@code error_code} or {@code warning_code})
 * @param description the spec's description, as written (Markdown links included)
 * @param deprecated whether the spec marks the code deprecated
 * @param deprecation the spec's deprecation text ({@code x-deprecated}), such as "Use `device_disconnected` instead."
 * @param levels where an error comes from, the resource type first: {@code access_code}, {@code device},
 *     {@code connected_account} (from {@code x-resource-type} and the {@code is_*_error} flags); empty for
 *     warnings and for errors the spec does not place
 * @param line the 1-based line of the code's variant in the document, for messages
 */
public record SpecCode(
    String code, String description, boolean deprecated, Optional<String> deprecation, List<String> levels,
    int line) {

  /**
   * Copies the levels.
   *
   * @param code the wire code
   * @param description the description
   * @param deprecated whether deprecated
   * @param deprecation the deprecation text
   * @param levels the origins
   * @param line the line
   */
  public SpecCode {
    levels = List.copyOf(levels);
  }
}
