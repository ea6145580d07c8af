package dev.latchkey.codegen.drift;

import java.util.List;
import java.util.Optional;

/**
 * What one input says about one code.
 *
 * @param code the wire code
 * @param description the vendor's description (Markdown links reduced to their text); empty when the input does
 *     not quote the vendor for this code (a catalog entry taken from another document)
 * @param deprecated whether the input marks the code deprecated
 * @param successor the code that took over, when the input says ({@code replaced_by}, or a deprecation text
 *     such as "Use `device_disconnected` instead.")
 * @param evidence where {@code successor} comes from, for the report
 * @param levels where the error comes from, the usual origin first (empty for warnings)
 */
public record CodeFacts(
    String code, Optional<String> description, boolean deprecated, Optional<String> successor,
    Optional<String> evidence, List<String> levels) {

  /**
   * Copies the levels.
   *
   * @param code the code
   * @param description the description
   * @param deprecated whether deprecated
   * @param successor the successor
   * @param evidence the evidence for the successor
   * @param levels the origins
   */
  public CodeFacts {
    levels = List.copyOf(levels);
  }
}
