package dev.latchkey.core.codes;

import dev.latchkey.core.WireCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The parsing and indexing that every generated code enum needs, written once. <strong>For generated
 * code</strong>: the enums the Latchkey codegen plugin emits call these methods from their lookups and their
 * lookup tables; applications call the enums instead.
 *
 * <p>The parsers never throw on input: malformed text gives {@code -1}, which the generated lookups turn into
 * {@code UNKNOWN_TO_SDK_VERSION}. Only ASCII digits count as digits.
 */
public final class WireCodes {

  private WireCodes() {}

  /**
   * Parses a byte written in hex: one or two hex digits in either case, with or without a {@code 0x} or
   * {@code 0X} prefix, surrounding white space ignored ({@code "ff"}, {@code "FF"}, {@code "0xff"},
   * {@code " 0xF "}).
   *
   * @param raw the text as received; may be null
   * @return the byte 0..255, or -1 when the text is null, blank or not such a byte
   */
  public static int parseHexByte(String raw) {
    if (raw == null) {
      return -1;
    }
    // Fast path for the usual form, exactly two hex digits: no strip, no prefix check.
    if (raw.length() == 2) {
      int high = hexDigit(raw.charAt(0));
      int low = hexDigit(raw.charAt(1));
      if ((high | low) >= 0) {
        return high << 4 | low;
      }
    }
    String text = raw.strip();
    int start = text.startsWith("0x") || text.startsWith("0X") ? 2 : 0;
    int digits = text.length() - start;
    if (digits < 1 || digits > 2) {
      return -1;
    }
    int value = 0;
    for (int i = start; i < text.length(); i++) {
      int digit = hexDigit(text.charAt(i));
      if (digit < 0) {
        return -1;
      }
      value = value << 4 | digit;
    }
    return value;
  }

  /**
   * Parses an HTTP status written as exactly three decimal digits, surrounding white space ignored
   * ({@code "404"}, {@code " 503 "}); no sign, no other digits than ASCII.
   *
   * @param raw the text as received; may be null
   * @return the status 0..999, or -1 when the text is null, blank or not three digits
   */
  public static int parseStatus(String raw) {
    if (raw == null) {
      return -1;
    }
    String text = raw.length() == 3 ? raw : raw.strip();
    if (text.length() != 3) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < 3; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * The index from wire value to code of a generated enum, for O(1) lookups; the unknown constant is left out.
   *
   * @param codes the enum's constants ({@code values()})
   * @param <E> the enum
   * @return an unmodifiable map (a {@code HashMap} inside: lookups in it are faster than in {@code Map.copyOf})
   * @throws IllegalArgumentException when two known codes share a wire value (the generator rules this out)
   */
  public static <E extends WireCode> Map<String, E> indexByWire(E[] codes) {
    Map<String, E> byWire = new HashMap<>(codes.length * 4 / 3 + 1);
    for (E code : codes) {
      if (code.isKnown() && byWire.put(code.wireValue(), code) != null) {
        throw new IllegalArgumentException("two codes have the wire value " + code.wireValue());
      }
    }
    return Collections.unmodifiableMap(byWire);
  }

  /**
   * A table from a small number (a byte, an HTTP status) to code, for O(1) lookups; slots no known code takes
   * hold {@code unknown}.
   *
   * @param codes the enum's constants ({@code values()}), not empty
   * @param size the table's length: 256 for bytes, 600 for HTTP statuses
   * @param number the number of a known code, {@code 0 <= number < size}
   * @param unknown the enum's {@code UNKNOWN_TO_SDK_VERSION}
   * @param <E> the enum
   * @return the table; the generated enum keeps it private
   * @throws IllegalArgumentException when a known code's number is outside the table (the generator rules it
   *     out)
   */
  public static <E extends WireCode> E[] indexByNumber(
      E[] codes, int size, ToIntFunction<? super E> number, E unknown) {
    E[] table = Arrays.copyOf(codes, size); // keeps the enum's array type
    Arrays.fill(table, unknown);
    for (E code : codes) {
      if (code.isKnown()) {
        int slot = number.applyAsInt(code);
        if (slot < 0 || slot >= size) {
          throw new IllegalArgumentException(code.name() + " has the number " + slot + ", outside 0.." + (size - 1));
        }
        table[slot] = code;
      }
    }
    return table;
  }

  /**
   * The known codes of a generated enum, in declaration (catalog) order.
   *
   * @param codes the enum's constants ({@code values()})
   * @param <E> the enum
   * @return an unmodifiable list without the unknown constant
   */
  public static <E extends WireCode> List<E> known(E[] codes) {
    List<E> known = new ArrayList<>(codes.length);
    for (E code : codes) {
      if (code.isKnown()) {
        known.add(code);
      }
    }
    return Collections.unmodifiableList(known);
  }

  private static int hexDigit(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }
}
