package dev.latchkey.codegen;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the catalogs write the values of the plugin's small enums: the constant's name in lower case with hyphens
 * for underscores ({@code HTTP_STATUS} is {@code http-status}, {@code LOWER_HEX} is {@code lower-hex}). One rule,
 * so an enum needs no table of its words and the validator's lists of allowed words cannot drift from it.
 */
final class YamlWords {

  private YamlWords() {}

  /** The word a catalog writes for a constant. */
  static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant a catalog's word stands for; empty for a word that is none of them (the case matters). */
  static <E extends Enum<E>> Optional<E> parse(Class<E> type, String word) {
    return Arrays.stream(type.getEnumConstants()).filter(value -> of(value).equals(word)).findFirst();
  }

  /** Every word of an enum, in declaration order: what a message lists as allowed. */
  static <E extends Enum<E>> List<String> all(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(YamlWords::of).toList();
  }
}
