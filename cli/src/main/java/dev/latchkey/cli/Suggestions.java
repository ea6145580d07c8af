package dev.latchkey.cli;

import dev.latchkey.codegen.text.EditDistance;
import dev.latchkey.core.ErrorCode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The known codes nearest to a code nobody knows, by edit distance to the wire value or the constant name. */
final class Suggestions {

  /** A known code and its distance from what was typed. */
  record Suggestion(Catalog catalog, ErrorCode code, int distance) {}

  private Suggestions() {}

  /**
   * The nearest codes of the vendor's catalogs (all vendors when null), nearest first, at most {@code limit}.
   */
  static List<Suggestion> nearest(String vendor, String input, int limit) {
    String typed = normalise(input);
    List<Suggestion> all = new ArrayList<>();
    for (Catalog catalog : Catalog.values()) {
      if (vendor != null && !catalog.vendor().equals(vendor)) {
        continue;
      }
      for (ErrorCode code : catalog.known()) {
        int distance = Math.min(EditDistance.between(typed, normalise(code.wireValue())),
            EditDistance.between(typed, normalise(code.name())));
        all.add(new Suggestion(catalog, code, distance));
      }
    }
    all.sort(Comparator.comparingInt(Suggestion::distance)); // stable: catalog order among equals
    return all.subList(0, Math.min(limit, all.size()));
  }

  /** Lower case, without a hex prefix: {@code 0x2A} is compared as {@code 2a}. */
  private static String normalise(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("0x") ? lower.substring(2) : lower;
  }
}
