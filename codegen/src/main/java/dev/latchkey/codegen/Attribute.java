package dev.latchkey.codegen;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An attribute a catalog declares under {@code attributes:}: a per-entry key with its own vocabulary, which
 * becomes a typed accessor of the generated enum (and a nested enum when the values are closed).
 *
 * @param name the key as written in entries, {@code [a-z][a-z0-9_]*}: {@code attached_from}
 * @param description what the attribute means; becomes the accessor's javadoc
 * @param values the allowed values in declaration order; empty for free text
 * @param list whether an entry may give several values (a YAML list)
 */
record Attribute(String name, String description, List<String> values, boolean list) {

  Attribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    values = List.copyOf(values);
  }

  /** Whether the values are a closed set (a nested enum) rather than free text. */
  boolean closed() {
    return !values.isEmpty();
  }

  /** The accessor: {@code attached_from} gives {@code attachedFrom}. */
  String accessor() {
    String camel = typeName();
    return Character.toLowerCase(camel.charAt(0)) + camel.substring(1);
  }

  /** The nested enum of a closed attribute: {@code attached_from} gives {@code AttachedFrom}. */
  String typeName() {
    StringBuilder out = new StringBuilder();
    for (String part : name.split("_")) {
      if (!part.isEmpty()) {
        out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return out.toString();
  }

  /** The label in javadoc: {@code attached_from} gives {@code Attached from}. */
  String label() {
    String words = name.replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  /** The constant of a value in the nested enum: {@code account-model} gives {@code ACCOUNT_MODEL}. */
  static String constant(String value) {
    return value.strip().replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
  }
}
