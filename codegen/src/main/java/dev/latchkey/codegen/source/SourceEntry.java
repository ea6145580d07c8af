package dev.latchkey.codegen.source;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a table in a vendor document, in the document's own words (Markdown links kept as written; see
 * {@link SourceText#plain(String)} for the form catalogs quote).
 *
 * @param code the code as the document writes it: {@code failed_to_set_on_device}, {@code 0xFF}, {@code 404},
 *     {@code Duplicate}; for a table of cases without codes (Tapkey's 401 table) the case's words
 * @param name the code's name where the document gives one besides the code ({@code ERROR_UNKNOWN},
 *     {@code BadRequest}); empty otherwise
 * @param description the row's description; empty when the table has none for it
 * @param remedies the row's recommended remedies, in order; empty when it has none
 * @param unplacedText words of the row the saved page does not assign to a column: a flattened table glues a
 *     lone cell to the name, and whether it was the description or the remedy is lost. The document's words all
 *     the same, so a catalog must quote them as one or the other
 * @param table the table's title: the heading it stands under
 * @param location where the row starts
 */
public record SourceEntry(
    String code,
    Optional<String> name,
    Optional<String> description,
    List<String> remedies,
    Optional<String> unplacedText,
    String table,
    SourceLocation location) {

  /**
   * Copies the lists and checks the parts.
   *
   * @param code the code as the document writes it
   * @param name the code's name, if the document gives one
   * @param description the row's description, if any
   * @param remedies the row's remedies, in order
   * @param unplacedText words not assigned to a column, if any
   * @param table the table's title
   * @param location where the row starts
   */
  public SourceEntry {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    remedies = List.copyOf(remedies);
    Objects.requireNonNull(unplacedText, "unplacedText");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(location, "location");
  }
}
