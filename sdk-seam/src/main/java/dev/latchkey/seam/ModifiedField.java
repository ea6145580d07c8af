package dev.latchkey.seam;

import java.util.Objects;
import java.util.Optional;

/**
 * One field changed outside Seam, as reported by {@code conflicting_external_modification}.
 *
 * <p>The old and new values can be a PIN (field {@code code}), so {@link #toString()} never shows them.
 *
 * @param field the name of the field that changed, such as {@code code} or {@code name}
 * @param from the value before the change (may be a PIN: do not log it)
 * @param to the value after the change (may be a PIN: do not log it)
 */
public record ModifiedField(String field, Optional<String> from, Optional<String> to) {

  /**
   * Checks the parts.
   *
   * @param field the name of the field that changed
   * @param from the value before the change, or empty
   * @param to the value after the change, or empty
   */
  public ModifiedField {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  /**
   * Creates the value from values that may be absent.
   *
   * @param field the name of the field that changed
   * @param from its value before the change, or null
   * @param to its value after the change, or null
   */
  public ModifiedField(String field, String from, String to) {
    this(field, Optional.ofNullable(from), Optional.ofNullable(to));
  }

  /** Names the field only: its values may be secret. */
  @Override
  public String toString() {
    return "ModifiedField[" + field + "]";
  }
}
