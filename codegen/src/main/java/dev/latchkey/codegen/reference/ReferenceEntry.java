package dev.latchkey.codegen.reference;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of a catalog, as the reference shows it.
 *
 * @param wireValue the canonical wire text: {@code ff}, {@code 404}, {@code failed_to_set_on_device}
 * @param displayCode how the vendor writes the code, when it differs from the wire text ({@code 0xFF})
 * @param constant the generated enum constant
 * @param description the vendor's description
 * @param remedies what to do, in order, with provenance; empty in a code list
 * @param category an {@code ErrorCategory} name; empty in a code list
 * @param retryable whether repeating the request later may succeed; false in a code list
 * @param deprecated whether the vendor has dropped the code
 * @param replacedBy the wire value of the successor, if any
 * @param source the document the code comes from
 * @param docs the vendor's deep link for the code, else the source's URL
 * @param attributes the catalog's declared attributes the entry sets, by name, in declaration order
 * @param note the maintainer's note, if any
 * @param httpStatuses the HTTP statuses the code arrives with
 */
public record ReferenceEntry(
    String wireValue,
    Optional<String> displayCode,
    String constant,
    String description,
    List<ReferenceRemedy> remedies,
    Optional<String> category,
    boolean retryable,
    boolean deprecated,
    Optional<String> replacedBy,
    ReferenceSource source,
    String docs,
    Map<String, List<String>> attributes,
    Optional<String> note,
    List<Integer> httpStatuses) {

  /**
   * Copies the collections and checks the parts.
   *
   * @param wireValue the canonical wire text
   * @param displayCode how the vendor writes the code, when it differs from the wire text
   * @param constant the generated enum constant
   * @param description the vendor's description
   * @param remedies what to do, in order, with provenance
   * @param category an {@code ErrorCategory} name; empty in a code list
   * @param retryable whether repeating the request later may succeed
   * @param deprecated whether the vendor has dropped the code
   * @param replacedBy the wire value of the successor, if any
   * @param source the document the code comes from
   * @param docs the vendor's deep link for the code, else the source's URL
   * @param attributes the declared attributes the entry sets, by name
   * @param note the maintainer's note, if any
   * @param httpStatuses the HTTP statuses the code arrives with
   */
  public ReferenceEntry {
    Objects.requireNonNull(wireValue, "wireValue");
    Objects.requireNonNull(displayCode, "displayCode");
    Objects.requireNonNull(constant, "constant");
    Objects.requireNonNull(description, "description");
    remedies = List.copyOf(remedies);
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(replacedBy, "replacedBy");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(docs, "docs");
    Map<String, List<String>> copy = new LinkedHashMap<>();
    attributes.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    attributes = Collections.unmodifiableMap(copy);
    Objects.requireNonNull(note, "note");
    httpStatuses = List.copyOf(httpStatuses);
  }
}
