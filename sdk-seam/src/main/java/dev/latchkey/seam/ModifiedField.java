package dev.latchkey.seam;

import java.util.Objects;
import java.util.Optional;

/**
 * One field changed outside Seam, as reported by {@code conflicting_external_modification}. Immutable.
 *
 * <p>The old and new values can be a PIN (field {@code code}), so {@link #toString()} never shows them.
 */
public final class ModifiedField {

  private final String field;
  private final String from;
  private final String to;

  /**
   * Creates the value.
   *
   * @param field the name of the field that changed
   * @param from its value before the change, or null
   * @param to its value after the change, or null
   */
  public ModifiedField(String field, String from, String to) {
    this.field = Objects.requireNonNull(field, "field");
    this.from = from;
    this.to = to;
  }

  /** {@return the name of the field that changed, such as {@code code} or {@code name}} */
  public String field() {
    return field;
  }

  /** {@return the value before the change (may be a PIN: do not log it)} */
  public Optional<String> from() {
    return Optional.ofNullable(from);
  }

  /** {@return the value after the change (may be a PIN: do not log it)} */
  public Optional<String> to() {
    return Optional.ofNullable(to);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModifiedField other
        && field.equals(other.field)
        && Objects.equals(from, other.from)
        && Objects.equals(to, other.to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(field, from, to);
  }

  /** Names the field only: its values may be secret. */
  @Override
  public String toString() {
    return "ModifiedField[" + field + "]";
  }
}
